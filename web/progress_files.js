// Page glue for progress (called from src/platform/progress_web.cpp): file downloads, the file picker for backups,
// the `storage` event from other tabs, and navigator.storage.persist(). Loaded with <script src>, no inline code.
'use strict';

(function () {
  const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

  window.ubrProgress = {
    // Offers text as a file: a Blob behind a temporary <a download>.
    download(fileName, mimeType, text) {
      const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.hidden = true;
      document.body.appendChild(link);
      link.click();
      link.remove();
      // Revoked later: some browsers start reading the Blob only after click() returns.
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    },

    // Opens the file picker; calls done(text, fileName, error). Files over 5 MB are refused unread.
    pickFile(done) {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = '.json,application/json';
      input.hidden = true;
      input.addEventListener('change', () => {
        const file = input.files && input.files[0];
        input.remove();
        if (!file) return;
        if (file.size > MAX_IMPORT_BYTES) {
          done('', file.name, `${file.name}: larger than 5 MB (${(file.size / 1048576).toFixed(1)} MB), so it cannot be a backup of this app`);
          return;
        }
        file.text().then((text) => done(text, file.name, ''),
          (error) => done('', file.name, `${file.name}: could not be read (${error && error.message ? error.message : error})`));
      });
      document.body.appendChild(input);
      input.click();
    },

    // Another tab wrote `key` (or cleared storage).
    watchStorage(key, changed) {
      window.addEventListener('storage', (event) => {
        if (event.key === key || event.key === null) changed();
      });
    },

    // Asks the browser to keep our storage when space runs low; answers 'granted', 'denied' or 'unsupported'.
    requestPersist(answer) {
      if (!navigator.storage || typeof navigator.storage.persist !== 'function') {
        answer('unsupported');
        return;
      }
      navigator.storage.persisted()
        .then((already) => already || navigator.storage.persist())
        .then((granted) => answer(granted ? 'granted' : 'denied'), () => answer('unsupported'));
    },
  };
})();
