// Keys for the app wherever focus is on the page (twin of src/platform/keys.cpp). SDL hears keys only while the canvas
// has keyboard focus, which a press on the canvas does not give it (SDL takes the press), and which would trap Tab
// (SDL keeps it from the browser). So the canvas has focus only while a drawn text field is typed into (the frame's
// textInput), and a keyboard user's focus stays in the DOM mirror (its heading, a button): the guided session's keys
// pressed there are handed to the app, which maps them as it does SDL's. Keys a focused control uses itself stay with
// it: Space and Enter on a button, every key in a slider or text field.
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
