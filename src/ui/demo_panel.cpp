#include "ui/demo_panel.h"

#include "core/motion/library.h"
#include "core/motion/skeleton_math.h"
#include "core/motion/stepped_motion.h"
#include "core/safety/safety.h"
#include "render/figure_drawing.h"
#include "ui/accessibility.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <string>

namespace ubr {
namespace {

constexpr float kGap = 6.0f;

struct ViewChoice {
  const char* label;
  DemoView view;
};
constexpr ViewChoice kViews[] = {{"Best view", DemoView::Auto},
                                 {"Front", DemoView::Front},
                                 {"Side", DemoView::Side},
                                 {"Back", DemoView::Back},
                                 {"Top", DemoView::Top}};

struct SpeedChoice {
  const char* label;
  double speed;
};
constexpr SpeedChoice kSpeeds[] = {{"0.5\xC3\x97", 0.5}, {"1\xC3\x97", 1.0}, {"1.5\xC3\x97", 1.5}, {"2\xC3\x97", 2.0}};

float button_width(const char* label) {
  return ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2;
}

// Keeps a row of buttons inside the panel: the next one goes on the same line only if it fits.
void flow(const char* label, bool first) {
  if (first) return;
  const float right_edge = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  const float last_end = ImGui::GetItemRectMax().x;
  if (last_end + kGap + button_width(label) <= right_edge) ImGui::SameLine(0, kGap);
}

std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

// A toggle-looking button: the chosen one is filled with the accent colour.
bool choice_button(const char* label, bool chosen) {
  const Palette& p = palette();
  if (chosen) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(p.accent));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.background));
  }
  const bool pressed = ImGui::Button(label, {std::max(kMinTouchTarget, button_width(label)), kMinTouchTarget});
  if (chosen) ImGui::PopStyleColor(2);
  return pressed;
}

void draw_controls(const AppState& state, const Clip& clip, const DemoFrame& frame, const Dispatch& dispatch,
                   const UiState& ui) {
  const Palette& p = palette();
  const DemoState& demo = state.demo;
  // 1. What the figure is doing now, in words.
  std::string phase = capitalised(frame.phase ? frame.phase->name : "");
  if (clip.per_side) phase += frame.mirrored ? "  \xE2\x80\x94 right arm" : "  \xE2\x80\x94 left arm";
  ImGui::PushFont(ui.fonts.heading);
  const float text_width = ImGui::CalcTextSize(phase.c_str()).x;
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), (ImGui::GetWindowContentRegionMax().x - text_width) * 0.5f));
  ImGui::PushStyleColor(ImGuiCol_Text,
                        ImGui::ColorConvertU32ToFloat4(frame.phase && frame.phase->working ? p.accent : p.text));
  ImGui::TextUnformatted(phase.c_str());
  ImGui::PopStyleColor();
  a11y::text("Now: " + phase);
  ImGui::PopFont();

  ImGui::PushFont(ui.fonts.small);
  // 2. Play or pause, and the scrub bar over the whole loop.
  const char* play_label = demo.paused ? "Play" : "Pause";
  if (ImGui::Button(play_label, {std::max(72.0f, button_width(play_label)), kMinTouchTarget})) {
    dispatch(SetDemoPaused{!demo.paused});
  }
  a11y::button(demo.paused ? "Play demonstration" : "Pause demonstration", SetDemoPaused{!demo.paused});
  ImGui::SameLine(0, kGap);
  const float loop = static_cast<float>(demo_cycle_seconds(clip));
  float time = static_cast<float>(demo.time_seconds);
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                      {ImGui::GetStyle().FramePadding.x, (kMinTouchTarget - ImGui::GetFontSize()) * 0.5f});
  const auto scrub_to = [](double seconds) -> Action { return ScrubDemo{seconds}; };
  if (ImGui::SliderFloat("##scrub", &time, 0.0f, loop, "%.1f s")) dispatch(scrub_to(time));
  ImGui::PopStyleVar();
  // While the demonstration plays, the page's mirror is given the position in steps of the slider (twice a
  // second) rather than every frame: a screen reader has no use for more, and each change of the mirror costs a
  // round of DOM updates (a quarter of a demonstration frame, profiled in Chromium).
  constexpr double kScrubStep = 0.5;
  const double position = demo.paused ? time : std::floor(time / kScrubStep) * kScrubStep;
  char time_text[32];
  std::snprintf(time_text, sizeof time_text, "%.1f of %.1f seconds", position, static_cast<double>(loop));
  a11y::slider("Position in the demonstration", position, 0, loop, kScrubStep, time_text, scrub_to);

  // 3. View presets, then speed; both wrap on narrow screens.
  for (std::size_t i = 0; i < std::size(kViews); ++i) {
    flow(kViews[i].label, i == 0);
    if (choice_button(kViews[i].label, demo.view == kViews[i].view)) dispatch(SetDemoView{kViews[i].view});
    a11y::toggle(std::string("View: ") + kViews[i].label, demo.view == kViews[i].view, SetDemoView{kViews[i].view});
  }
  for (std::size_t i = 0; i < std::size(kSpeeds); ++i) {
    flow(kSpeeds[i].label, false);
    if (i == 0 && ImGui::GetCursorPosX() > ImGui::GetStyle().WindowPadding.x + 1) {
      ImGui::SameLine(0, kGap * 3);  // a wider gap separates speed from view
    }
    if (choice_button(kSpeeds[i].label, std::fabs(demo.speed - kSpeeds[i].speed) < 1e-6)) {
      dispatch(SetDemoSpeed{kSpeeds[i].speed});
    }
    a11y::toggle(std::string("Speed ") + kSpeeds[i].label, std::fabs(demo.speed - kSpeeds[i].speed) < 1e-6,
                 SetDemoSpeed{kSpeeds[i].speed});
  }
  // 4. The mistake to avoid, beside the right way, on request.
  if (clip.mistake) {
    const char* label = demo.mistake ? "Hide the mistake" : "Show the mistake";
    flow(label, false);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(demo.mistake ? p.background : p.mistake));
    if (demo.mistake) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(p.mistake));
    if (ImGui::Button(label, {std::max(kMinTouchTarget, button_width(label)), kMinTouchTarget})) {
      dispatch(ShowMistake{!demo.mistake});
    }
    ImGui::PopStyleColor(demo.mistake ? 2 : 1);
    a11y::toggle("Show the mistake to avoid: " + clip.mistake->name, demo.mistake, ShowMistake{!demo.mistake});
  }
  ImGui::PopFont();
}

// The mistake beside the right way: two figures from the same camera at the same moment, each named above it, and
// what to do instead under them.
void draw_with_mistake(const Clip& clip, const Clip& wrong, const DemoFrame& frame, const FigureScene& scene,
                       double time, const Camera& camera, ImVec2 top_left, ImVec2 area, const UiState& ui) {
  const Palette& p = palette();
  ImDrawList& draw = *ImGui::GetWindowDrawList();
  ImFont* font = ui.fonts.small ? ui.fonts.small : ImGui::GetFont();
  const float size = font->FontSize * ImGui::GetIO().FontGlobalScale;
  const std::string advice = "Instead: " + clip.mistake->advice;
  const float advice_height = font->CalcTextSizeA(size, FLT_MAX, area.x - 16, advice.c_str()).y + 12;
  const float label_height = size + 8;
  const float half = std::floor(area.x * 0.5f);
  const ImVec2 figure{half - 4, std::max(60.0f, area.y - advice_height - label_height)};
  const ImVec2 right_left{top_left.x + half + 4, top_left.y};

  const DemoFrame mistaken = sample_demo(wrong, time);
  draw_figure(draw, frame.pose, camera, {top_left.x, top_left.y + label_height}, figure,
              {p.figure_limb, p.figure_joint, p.floor, p.surface, p.caution}, scene);
  FigureScene props_only;
  props_only.props = clip.props;
  draw_figure(draw, mistaken.pose, camera, {right_left.x, right_left.y + label_height}, figure,
              {p.mistake, p.mistake, p.floor, p.surface, p.mistake}, props_only);
  draw.AddLine({right_left.x - 4, top_left.y + 4}, {right_left.x - 4, top_left.y + label_height + figure.y - 4},
               p.border);

  const std::string right = "The right way";
  const std::string wrong_name = "Mistake: " + clip.mistake->name;
  draw.AddText(font, size, {top_left.x + 8, top_left.y + 2}, p.accent, right.c_str());
  draw.AddText(font, size, {right_left.x + 4, right_left.y + 2}, p.mistake, wrong_name.c_str(), nullptr, half - 12);
  draw.AddText(font, size, {top_left.x + 8, top_left.y + label_height + figure.y + 6}, p.text, advice.c_str(), nullptr,
               area.x - 16);
  a11y::text("Beside the figure, in red, the mistake to avoid: " + clip.mistake->name + ". " + advice);
}

// The figure in the page's mirror: a slider that turns the camera around it, so the arrow keys orbit as dragging
// does, with the same action. Its range is a full turn either way of where it looks now (so each step is a whole
// 15 degrees from there), and the state wraps the yaw back into -180..180: the keys keep turning it round.
void publish_orbit(const Camera& camera) {
  constexpr double kDegreesPerRadian = 180.0 / std::numbers::pi;
  const double yaw = std::round(camera.yaw_radians * kDegreesPerRadian);
  const double pitch =
      std::clamp(camera.pitch_radians * kDegreesPerRadian, kMinOrbitPitchDegrees, kMaxOrbitPitchDegrees);
  const long facing = std::lround(std::remainder(yaw, 360.0));
  const std::string words = facing == 0     ? "seen from the front"
                            : facing == 90  ? "seen from its left side"
                            : facing == -90 ? "seen from its right side"
                            : facing == 180 || facing == -180
                                ? "seen from behind"
                                : "turned " + std::to_string(facing < 0 ? -facing : facing) + " degrees to its " +
                                      (facing > 0 ? "left" : "right");
  a11y::slider("Turn the figure", yaw, yaw - 360, yaw + 360, 15, words, [pitch](double turned) -> Action {
    return OrbitDemo{turned, pitch};
  });
}

}  // namespace

float demo_controls_height(float width, const UiState& ui) {
  // Phase line + play/scrub row + rows of choices (views, speeds, the mistake): one on a wide panel, up to three on a
  // phone.
  const float text = ui.fonts.heading ? ui.fonts.heading->FontSize * ImGui::GetIO().FontGlobalScale : 24.0f;
  const float rows = width < 400 ? 5.0f : width < 520 ? 4.0f : width < 700 ? 3.0f : 2.0f;
  return text + ImGui::GetStyle().ItemSpacing.y * (rows + 2) + rows * kMinTouchTarget + 8;
}

void draw_demo_panel(const AppState& state, const Exercise& exercise, const MotionLibrary& motion,
                     const Dispatch& dispatch, const UiState& ui, ImVec2 size) {
  const Palette& p = palette();
  ImGui::BeginChild("figure", size, true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  const Clip* clip = motion.find(exercise.id);
  if (clip == nullptr) {
    ImGui::TextWrapped("This demonstration could not be loaded: %s", motion.error(exercise.id).c_str());
    ImGui::EndChild();
    return;
  }
  const ImVec2 top_left = ImGui::GetCursorScreenPos();
  const ImVec2 available = ImGui::GetContentRegionAvail();
  const ImVec2 area{available.x, std::max(120.0f, available.y - demo_controls_height(available.x, ui))};

  // Reduced motion: hold each key pose until the next is due instead of gliding.
  const double time =
      uses_stepped_motion(state.comfort) ? stepped_clip_time(*clip, state.demo.time_seconds) : state.demo.time_seconds;
  const DemoFrame frame = sample_demo(*clip, time);
  const Camera camera = camera_for_view(*clip, state.demo);
  const auto working = working_joints(*clip, frame);
  const FigureScene scene{clip->props, &working, motion.paths(exercise.id),
                          frame.clip_time_seconds / clip->duration_seconds, frame.mirrored};
  if (const Clip* wrong = state.demo.mistake ? motion.find_mistake(exercise.id) : nullptr) {
    draw_with_mistake(*clip, *wrong, frame, scene, time, camera, top_left, area, ui);
  } else {
    draw_figure(*ImGui::GetWindowDrawList(), frame.pose, camera, top_left, area,
                {p.figure_limb, p.figure_joint, p.floor, p.surface, p.caution}, scene);
  }

  // Dragging the figure (mouse or touch) turns the camera around it.
  ImGui::InvisibleButton("orbit", area);
  keep_touch_drags();
  if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
    const ImVec2 delta = ImGui::GetIO().MouseDelta;
    if (delta.x != 0 || delta.y != 0) {
      const double yaw = camera.yaw_radians * 180.0 / std::numbers::pi - delta.x * 0.5;
      const double pitch = std::clamp(camera.pitch_radians * 180.0 / std::numbers::pi + delta.y * 0.4, -20.0, 85.0);
      dispatch(OrbitDemo{yaw, pitch});
    }
  }
  publish_orbit(camera);
  draw_controls(state, *clip, frame, dispatch, ui);
  ImGui::EndChild();
}

}  // namespace ubr
