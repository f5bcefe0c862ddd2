// Keys wherever focus is on the page (twin of src/platform/keys.cpp). SDL hears keys only while the canvas has focus,
// and Tab would be trapped there, so the canvas gets focus only while a drawn text field is typed into (the frame's
// textInput). Session keys pressed in the DOM mirror go to the app; a button keeps Space and Enter, a field every key.
'use strict';

(function () {
  if (!window.ubr) return;
  const canvas = document.getElementById('canvas');
  window.ubr.on('frame', (frame) => {
    if (frame.textInput && document.activeElement !== canvas) canvas.focus({ preventScroll: true });
    if (!frame.textInput && document.activeElement === canvas) canvas.blur();
  });
  window.addEventListener('keydown', (event) => {
    const target = event.target;
    if (event.repeat || event.altKey || event.ctrlKey || event.metaKey || !window.app || !window.app.started) return;
    if (!(target instanceof Element) || target.id === 'canvas') return;  // on the canvas SDL has it
    if (target.closest('input, textarea, select, [contenteditable]')) return;
    if (target.closest('button') && (event.key === ' ' || event.key === 'Enter')) return;
    if (window.ubr.call('ubr_session_key', event.key)) event.preventDefault();
  });
})();
