// The page side of the one bridge to the wasm side (src/platform/web_api.h): `window.ubr`, the page's only
// namespace. C++ sends events (`ubr.on`), the page calls C++ exports (`ubr.call`), and each page script that C++ calls
// adds itself as `ubr.<name>`, twin of src/platform/<name>.cpp (ubr.cues, ubr.files). Loaded before every other script.
'use strict';

(function () {
  const latest = new Map();  // event name -> the detail last sent

  // A JS string copied into wasm memory (malloc'd): freed by ubr.call, or by the C++ side it is returned to.
  function toWasm(text) {
    const size = Module.lengthBytesUTF8(text) + 1;
    const pointer = Module._malloc(size);
    Module.stringToUTF8(text, pointer, size);
    return pointer;
  }

  // Calls the wasm export `name` (`UBR_EXPORT` in src/platform); string arguments are passed as C strings that live
  // for the call.
  function call(name, ...args) {
    const pointers = [];
    try {
      const values = args.map((arg) => {
        if (typeof arg !== 'string') return arg;
        pointers.push(toWasm(arg));
        return pointers[pointers.length - 1];
      });
      return Module[`_${name}`](...values);
    } finally {
      for (const pointer of pointers) Module._free(pointer);
    }
  }

  window.ubr = {
    toWasm,
    call,
    // For an export that returns text (a `const char*` the C++ side keeps).
    callText: (name, ...args) => Module.UTF8ToString(call(name, ...args)),

    // Every event, from C++ or between page scripts, is `ubr-<name>` on window, with its detail.
    emit(name, detail = null) {
      latest.set(name, detail);
      window.dispatchEvent(new CustomEvent(`ubr-${name}`, { detail }));
    },
    // Calls listener(detail) for each `ubr-<name>` from now on, and at once with the latest one if it came earlier
    // (app.js may start before a page script has run).
    on(name, listener) {
      window.addEventListener(`ubr-${name}`, (event) => listener(event.detail));
      if (latest.has(name)) listener(latest.get(name));
    },
  };
})();
