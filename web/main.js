// Page shell: checks the browser can run the app, loads the WebAssembly build, shows loading and error messages,
// and exposes window.app, the automation interface documented in docs/automation.md.
'use strict';

(function () {
  const ubr = window.ubr;
  // The build puts a content hash into these URLs (scripts/build-pwa.mjs); plain names work without it.
  const appFiles = document.currentScript ? document.currentScript.dataset : {};
  const appJsUrl = appFiles.appJs || 'app.js';
  const appWasmUrl = appFiles.appWasm || 'app.wasm';
  // The home screen as plain HTML (index.html), shown until the canvas draws its first frame.
  const preview = document.getElementById('home-preview');
  const statusBox = document.getElementById('status');
  const statusTitle = document.getElementById('status-title');
  const statusText = document.getElementById('status-text');
  // The stages of a frame, in the order of src/platform/frame_stats.h's Stage.
  const FRAME_STAGES = ['input', 'update', 'ui', 'mirror', 'actions', 'gl'];

  // The message takes the place of the home screen's buttons, above the exercises, which stay readable.
  function showError(title, detail) {
    preview.hidden = false;
    statusBox.classList.add('error');
    statusTitle.hidden = false;
    statusTitle.textContent = title;
    statusText.textContent = detail;
    document.getElementById('canvas').hidden = true;
  }

  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    showError('This browser cannot run Upper Back Relief',
      'It needs WebAssembly, which this browser does not offer or has turned off. ' +
      'Please open the app in an up-to-date Chrome, Edge, Firefox or Safari.');
    return;
  }
  if (typeof WebGL2RenderingContext === 'undefined') {
    showError('This browser cannot show Upper Back Relief',
      'It needs WebGL 2 for drawing, which this browser does not offer or has turned off. ' +
      'Please open the app in an up-to-date Chrome, Edge, Firefox or Safari.');
    return;
  }

  // Written here, not in the HTML: a browser without JavaScript would otherwise say "Loading…" for ever.
  statusText.textContent = 'Loading…';

  let readyResolve;
  const ready = new Promise((resolve) => { readyResolve = resolve; });
  let failed = false;

  function fail(title, detail) {
    if (failed) return;
    failed = true;
    showError(title, detail);
  }

  function requireRunning() {
    if (failed) throw new Error('Upper Back Relief failed to start');
    if (!window.app.started) throw new Error('Upper Back Relief has not started yet; await window.app.ready');
  }

  window.app = {
    started: false,
    ready,
    state() {
      requireRunning();
      return JSON.parse(ubr.callText('ubr_state_json'));
    },
    // Applies an action object; returns {ok: true} or {ok: false, error: "why it was rejected"}.
    dispatch(action) {
      requireRunning();
      let text;
      try {
        text = JSON.stringify(action);
      } catch (e) {
        return { ok: false, error: 'action is not serialisable: ' + e.message };
      }
      if (typeof text !== 'string') return { ok: false, error: 'action must be an object' };
      const error = ubr.callText('ubr_dispatch_json', text);
      return error ? { ok: false, error } : { ok: true };
    },
    // Figures for the benchmark: frames drawn and shown so far, CPU ms of the last `recent` drawn frames (whole,
    // before the GL calls, and stage by stage in the order of src/platform/frame_stats.h), wasm heap bytes.
    stats(recent = 0) {
      requireRunning();
      const framesDrawn = ubr.call('ubr_frames_drawn');
      const stagesMs = Object.fromEntries(FRAME_STAGES.map((name) => [name, []]));
      const frameMs = [];
      const buildMs = [];
      for (let i = 0; i < Math.min(recent, framesDrawn, 4096); i++) {
        let whole = 0;
        FRAME_STAGES.forEach((name, stage) => {
          const ms = ubr.call('ubr_frame_stage_milliseconds', i, stage);
          stagesMs[name].push(ms);
          whole += ms;
        });
        frameMs.push(whole);
        buildMs.push(whole - stagesMs.gl[i]);
      }
      return { framesDrawn, framesShown: ubr.call('ubr_frames_shown'), frameMs, buildMs, stagesMs,
        heapBytes: Module.HEAP8.length };
    },
  };

  // Emscripten's own loader leaves a failed fetch of app.wasm unhandled (no onAbort), so the page loads it: a
  // failure of any kind then reaches the user as a message instead of an endless "Loading…".
  function instantiateWasm(imports, receiveInstance) {
    (async () => {
      const response = await (wasmResponse || fetch(appWasmUrl, { credentials: 'same-origin' }));
      if (!response.ok) throw new Error(`app.wasm: HTTP ${response.status}`);
      let result;
      try {
        result = await WebAssembly.instantiateStreaming(response.clone(), imports);
      } catch (streamingError) {
        // A server with the wrong MIME type defeats streaming; compiling from bytes still works.
        result = await WebAssembly.instantiate(await response.arrayBuffer(), imports);
      }
      receiveInstance(result.instance, result.module);
    })().catch((error) => {
      console.warn('Loading app.wasm failed:', error);
      fail('Upper Back Relief could not start',
        'Part of the app failed to load. Check your connection and reload the page.');
    });
    return {};  // asynchronous: Emscripten waits for receiveInstance
  }

  window.Module = {
    canvas: document.getElementById('canvas'),
    instantiateWasm,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onAbort() {
      fail('Upper Back Relief could not start',
        'Part of the app failed to load. Check your connection and reload the page.');
    },
  };

  // Events from the wasm side (src/platform/main.cpp), through the bridge (web/web_api.js).
  ubr.on('firstframe', () => {
    window.app.firstFrameMs = performance.now();  // read by the benchmark
    preview.hidden = true;  // out of sight and out of the accessibility tree: the mirror speaks for the canvas now
    Module.canvas.removeAttribute('data-starting');
    window.app.started = true;
    readyResolve();
  });
  ubr.on('fatalerror', ({ message }) => fail('Upper Back Relief could not start', message));

  // The app calls the page scripts that come after this one (files.js, cues.js, a11y.js, keys.js) as it starts; an
  // app.js from the cache could otherwise run before they do, and its calls would find nothing (another tab's saves
  // then went unheard). Both downloads start only after the HTML home has been painted (the frame after the page's
  // scripts ran), so the first paint has the connection to itself; app.wasm downloads alongside app.js.
  let wasmResponse = null;
  function loadApp() {
    if (wasmResponse) return;
    wasmResponse = fetch(appWasmUrl, { credentials: 'same-origin' });
    wasmResponse.catch(() => {});  // a failure is reported where it is awaited (instantiateWasm)
    const script = document.createElement('script');
    script.src = appJsUrl;
    script.onerror = () => fail('Upper Back Relief could not start',
      'Part of the app failed to load. Check your connection and reload the page.');
    document.body.appendChild(script);
  }
  function loadAppAfterPaint() {
    // requestAnimationFrame runs just before the next paint, a timer queued from it just after; a page opened in a
    // background tab gets no animation frames, so a plain timer starts the app there too.
    requestAnimationFrame(() => setTimeout(loadApp, 0));
    setTimeout(loadApp, 1000);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', loadAppAfterPaint, { once: true });
  else loadAppAfterPaint();
})();
