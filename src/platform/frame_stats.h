#pragma once
// Counts drawn frames and keeps the CPU time of recent ones, stage by stage, for the benchmark (scripts/bench.sh)
// to read through the page. Costs a counter and a few stores per drawn frame.
// The stages are kept apart because they answer to different fixes: the UI build and the mirror are this app's own
// code, the GL stage is mostly the browser's WebGL (under headless Chromium's software WebGL it costs far more than
// on a phone's GPU).
#include <array>
#include <cstddef>
#include <cstdint>

namespace ubr::frame_stats {

constexpr std::size_t kKeptFrames = 4096;

enum class Stage : std::uint8_t {
  Input,    // SDL events, keys, the mirror's requests
  Update,   // the core's time step (and the effects it returns)
  Ui,       // ImGui's new frame, the screens, ImGui::Render
  Mirror,   // the frame's controls and text published to the page
  Actions,  // the actions the frame's controls queued, applied to the core
  Gl,       // viewport, clear, the draw lists to WebGL, swap; near zero for a frame that shows nothing new
};
constexpr std::size_t kStages = 6;
using StageMilliseconds = std::array<double, kStages>;

// Times one frame stage by stage: each mark() gives the named stage the time since the previous mark (or since the
// frame's start), read from SDL's performance counter.
class StageClock {
 public:
  StageClock();
  void mark(Stage stage);
  const StageMilliseconds& stages() const { return stages_; }

 private:
  std::uint64_t last_;
  StageMilliseconds stages_{};
};

// `shown`: the frame's pixels went to the canvas (false when it would have drawn what is already there).
void record_frame(const StageMilliseconds& stages, bool shown);
std::uint32_t frames_drawn();
std::uint32_t frames_shown();
// CPU milliseconds of one stage of the i-th most recent drawn frame (0 = newest); 0 when i >= min(frames_drawn(),
// kKeptFrames).
double stage_milliseconds(std::size_t i, Stage stage);

}  // namespace ubr::frame_stats
