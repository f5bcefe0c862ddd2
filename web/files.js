// The page side of the progress document (`ubr.files`, twin of src/platform/files.cpp): file downloads, the file
// picker for backups, the `storage` event from other tabs, and navigator.storage.persist(). Answers go back to the
// app through its ubr_files_* exports.
'use strict';

(function () {
  const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

  const ubr = window.ubr;

  // Safari's WebKit (Safari on a Mac, and every browser on iOS, where WebKit is the only engine) deletes everything a
  // site stored once the site has gone 7 days of browser use without a visit, unless it runs from the Home Screen
  // (or the Dock). WebKit names Apple as its vendor in every port; Chrome and Firefox do not.
  function storageExpiresUnvisited() {
    const standalone = window.matchMedia('(display-mode: standalone)').matches || window.navigator.standalone === true;
    return !standalone && window.navigator.vendor === 'Apple Computer, Inc.';
  }

  ubr.files = {
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

    // Opens the file picker; the app receives (text, fileName, error). Files over 5 MB are refused unread.
    pickFile() {
      const done = (text, fileName, error) => ubr.call('ubr_files_picked', text, fileName, error);
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

    // Tells the app when another tab writes `key` or clears storage.
    watchStorage(key) {
      window.addEventListener('storage', (event) => {
        if (event.key === key || event.key === null) ubr.call('ubr_files_storage_changed', key);
      });
    },

    // Asks the browser to keep our storage when space runs low; the app hears 'granted', 'denied' or 'unsupported',
    // or 'evictable' where the browser deletes a site's storage after 7 days without a visit whatever it answers.
    // Without `ask` it only looks ('granted', or 'not-asked'): Firefox answers persist() with a permission prompt, which
    // a first visit should not meet; the app asks once there is progress worth keeping.
    requestPersist(ask) {
      const answer = (text) => ubr.call('ubr_files_persist_result', text);
      if (storageExpiresUnvisited()) {
        answer('evictable');
        return;
      }
      if (!navigator.storage || typeof navigator.storage.persist !== 'function') {
        answer('unsupported');
        return;
      }
      navigator.storage.persisted()
        .then((already) => already || (ask ? navigator.storage.persist() : null))
        .then((granted) => answer(granted === null ? 'not-asked' : granted ? 'granted' : 'denied'),
          () => answer('unsupported'));
    },
  };
})();
