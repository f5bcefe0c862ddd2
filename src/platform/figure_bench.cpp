// A benchmark hook for the cost of the demonstration figure: sampling a clip and drawing the figure with its props
// and paths, and beside it the mistake's figure (the most a demonstration frame draws), into a scratch draw list, N
// times, measured inside wasm. The page calls ubr.call('ubr_bench_figure', id, n)
// (see docs/automation.md); it draws nothing on screen and changes no state.
#include "platform/app_host.h"
#include "platform/web_api.h"
#include "render/figure_drawing.h"

#include <imgui.h>

#include <chrono>

// Returns the mean microseconds per sample + draw, or -1 when the exercise has no clip or ImGui is not running.
UBR_EXPORT double ubr_bench_figure(const char* exercise_id, int iterations) {
  const ubr::AppHost* host = ubr::running_app();
  const ubr::MotionLibrary* motion = host ? &host->catalogue().motion : nullptr;
  const ubr::Clip* clip = exercise_id && motion ? motion->find(exercise_id) : nullptr;
  const ubr::Clip* wrong = clip ? motion->find_mistake(exercise_id) : nullptr;
  if (clip == nullptr || ImGui::GetCurrentContext() == nullptr || iterations <= 0) return -1;
  ImDrawList list(ImGui::GetDrawListSharedData());
  const ubr::DemoState demo;
  const ubr::Camera camera = ubr::camera_for_view(*clip, demo);
  const ubr::FigureStyle style{IM_COL32(38, 52, 64, 255), IM_COL32(18, 112, 98, 255), IM_COL32(170, 180, 176, 255),
                               IM_COL32(255, 255, 255, 255), IM_COL32(200, 120, 30, 255)};
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < iterations; ++i) {
    list._ResetForNewFrame();
    list.PushTextureID(ImGui::GetIO().Fonts->TexID);
    list.PushClipRectFullScreen();
    // Spread over the loop so every phase is costed, as a playing demonstration would be.
    const double t = ubr::demo_cycle_seconds(*clip) * static_cast<double>(i) / static_cast<double>(iterations);
    const ubr::DemoFrame frame = ubr::sample_demo(*clip, t);
    const auto working = ubr::working_joints(*clip, frame);
    const ubr::FigureScene scene{clip->props, &working, motion->paths(exercise_id),
                                 frame.clip_time_seconds / clip->duration_seconds, frame.mirrored};
    ubr::draw_figure(list, frame.pose, camera, {0, 0}, {300, 600}, style, scene);
    if (wrong != nullptr) {
      ubr::FigureScene props_only;
      props_only.props = clip->props;
      ubr::draw_figure(list, ubr::sample_demo(*wrong, t).pose, camera, {300, 0}, {300, 600}, style, props_only);
    }
  }
  const auto elapsed = std::chrono::steady_clock::now() - start;
  return std::chrono::duration<double, std::micro>(elapsed).count() / iterations;
}
