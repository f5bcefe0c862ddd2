#include "platform/frame_stats.h"

#include "platform/web_api.h"

#include <SDL.h>

namespace ubr::frame_stats {
namespace {
std::array<std::array<float, kStages>, kKeptFrames> g_stage_ms{};
std::uint32_t g_frames = 0;
std::uint32_t g_shown = 0;
}  // namespace

StageClock::StageClock() : last_(SDL_GetPerformanceCounter()) {}

void StageClock::mark(Stage stage) {
  const std::uint64_t now = SDL_GetPerformanceCounter();
  stages_[static_cast<std::size_t>(stage)] =
      static_cast<double>(now - last_) * 1000.0 / static_cast<double>(SDL_GetPerformanceFrequency());
  last_ = now;
}

void record_frame(const StageMilliseconds& stages, bool shown) {
  auto& kept = g_stage_ms[g_frames % kKeptFrames];
  for (std::size_t s = 0; s < kStages; ++s) kept[s] = static_cast<float>(stages[s]);
  ++g_frames;
  if (shown) ++g_shown;
}

std::uint32_t frames_drawn() {
  return g_frames;
}

std::uint32_t frames_shown() {
  return g_shown;
}

double stage_milliseconds(std::size_t i, Stage stage) {
  if (i >= kKeptFrames || i >= g_frames) return 0;
  return g_stage_ms[(g_frames - 1 - i) % kKeptFrames][static_cast<std::size_t>(stage)];
}

}  // namespace ubr::frame_stats

UBR_EXPORT std::uint32_t ubr_frames_drawn() {
  return ubr::frame_stats::frames_drawn();
}
UBR_EXPORT std::uint32_t ubr_frames_shown() {
  return ubr::frame_stats::frames_shown();
}
// stage: the index of ubr::frame_stats::Stage (web/main.js names them).
UBR_EXPORT double ubr_frame_stage_milliseconds(std::uint32_t i, std::uint32_t stage) {
  if (stage >= ubr::frame_stats::kStages) return 0;
  return ubr::frame_stats::stage_milliseconds(i, static_cast<ubr::frame_stats::Stage>(stage));
}
