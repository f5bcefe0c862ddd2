#pragma once
// Counts drawn frames and keeps the CPU time of recent ones, for the benchmark (scripts/bench.sh) to read through
// the page. Costs a counter and one store per drawn frame.
#include <cstddef>
#include <cstdint>

namespace ubr::frame_stats {

constexpr std::size_t kKeptFrames = 4096;

void record_frame(double cpu_milliseconds);
std::uint32_t frames_drawn();
// CPU milliseconds of the i-th most recent drawn frame (0 = newest); i < min(frames_drawn(), kKeptFrames).
double frame_milliseconds(std::size_t i);

}  // namespace ubr::frame_stats
