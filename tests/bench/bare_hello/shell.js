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
// The stages in the order of src/platform/frame_stats.h's Stage; this page has no update, mirror or actions.
const FRAME_STAGES = ['input', 'update', 'ui', 'mirror', 'actions', 'gl'];
window.benchStats = (recent = 0) => {
  const framesDrawn = Module._ubr_frames_drawn();
  const stagesMs = Object.fromEntries(FRAME_STAGES.map((name) => [name, []]));
  const frameMs = [];
  const buildMs = [];
  for (let i = 0; i < Math.min(recent, framesDrawn, 4096); i++) {
    let whole = 0;
    FRAME_STAGES.forEach((name, stage) => {
      const ms = Module._ubr_frame_stage_milliseconds(i, stage);
      stagesMs[name].push(ms);
      whole += ms;
    });
    frameMs.push(whole);
    buildMs.push(whole - stagesMs.gl[i]);
  }
  return { framesDrawn, framesShown: Module._ubr_frames_shown(), frameMs, buildMs, stagesMs,
    heapBytes: Module.HEAP8.length };
};
