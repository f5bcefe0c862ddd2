#pragma once
// Counts drawn frames and keeps the CPU time of recent ones, for the benchmark (scripts/bench.sh) to read through
// the page. Costs a counter and two stores per drawn frame.
// Each frame is kept as its total and as the part before any GL call (input, update, UI, ImGui::Render): under
// headless Chromium's software WebGL the GL calls cost far more than on a phone's GPU, so the benchmark reports the
// two apart.
#include <cstddef>
#include <cstdint>

namespace ubr::frame_stats {

constexpr std::size_t kKeptFrames = 4096;

void record_frame(double build_milliseconds, double total_milliseconds);
std::uint32_t frames_drawn();
// CPU milliseconds of the i-th most recent drawn frame (0 = newest); i < min(frames_drawn(), kKeptFrames).
double frame_milliseconds(std::size_t i);
// The part of that frame before its GL calls.
double frame_build_milliseconds(std::size_t i);

}  // namespace ubr::frame_stats
