// Marks the first frame and offers the same stats() as the app's window.app, so both are measured alike.
window.Module = {
  canvas: document.getElementById('canvas'),
  onRuntimeInitialized() {
    const poll = () => {
      if (Module._ubr_frames_drawn() > 0) window.firstFrameMs = performance.now();
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  },
};
window.benchStats = (recent = 0) => {
  const framesDrawn = Module._ubr_frames_drawn();
  const frameMs = [];
  const buildMs = [];
  for (let i = 0; i < Math.min(recent, framesDrawn, 4096); i++) {
    frameMs.push(Module._ubr_frame_milliseconds(i));
    buildMs.push(Module._ubr_frame_build_milliseconds(i));
  }
  return { framesDrawn, frameMs, buildMs, heapBytes: Module.HEAP8.length };
};
