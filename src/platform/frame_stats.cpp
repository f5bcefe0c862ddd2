#include "platform/frame_stats.h"

#include "platform/web_api.h"

#include <array>

namespace ubr::frame_stats {
namespace {
std::array<float, kKeptFrames> g_frame_ms{};
std::array<float, kKeptFrames> g_build_ms{};
std::uint32_t g_frames = 0;
}  // namespace

void record_frame(double build_milliseconds, double total_milliseconds) {
  g_build_ms[g_frames % kKeptFrames] = static_cast<float>(build_milliseconds);
  g_frame_ms[g_frames % kKeptFrames] = static_cast<float>(total_milliseconds);
  ++g_frames;
}

std::uint32_t frames_drawn() {
  return g_frames;
}

double frame_milliseconds(std::size_t i) {
  if (i >= kKeptFrames || i >= g_frames) return 0;
  return g_frame_ms[(g_frames - 1 - i) % kKeptFrames];
}

double frame_build_milliseconds(std::size_t i) {
  if (i >= kKeptFrames || i >= g_frames) return 0;
  return g_build_ms[(g_frames - 1 - i) % kKeptFrames];
}

}  // namespace ubr::frame_stats

UBR_EXPORT std::uint32_t ubr_frames_drawn() {
  return ubr::frame_stats::frames_drawn();
}
UBR_EXPORT double ubr_frame_milliseconds(std::uint32_t i) {
  return ubr::frame_stats::frame_milliseconds(i);
}
UBR_EXPORT double ubr_frame_build_milliseconds(std::uint32_t i) {
  return ubr::frame_stats::frame_build_milliseconds(i);
}
