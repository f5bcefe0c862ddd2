#include "core/exercises/catalogue.h"
#include "core/motion/library.h"
#include "render/figure_drawing.h"
#include "ui/accessibility.h"
#include "ui/theme.h"
#include "ui/ui.h"
#include "ui/widgets.h"

#include <algorithm>
#include <vector>

namespace ubr {
namespace {
constexpr float kCardPadding = 16.0f;
constexpr float kMinCardWidth = 300.0f;
constexpr float kMaxContentWidth = 1100.0f;

// The key pose sits in a square at the card's right, about a quarter of its width; the text wraps beside it.
float picture_side(float card_width) {
  return std::clamp(card_width * 0.28f, 72.0f, 120.0f);
}
float text_width(float card_width) {
  return card_width - kCardPadding * 3 - picture_side(card_width);
}

float card_height(const Exercise& exercise, const UiFonts& fonts, float width) {
  const float inner = text_width(width);
  const float text = wrapped_text_height(fonts.heading, inner, exercise.name.c_str()) + 6 +
                     wrapped_text_height(fonts.small, inner, exercise.position.c_str()) + 8 +
                     wrapped_text_height(fonts.body, inner, exercise.summary.c_str()) + 12 + css_size(fonts.small) + 8;
  return kCardPadding * 2 + std::max(text, picture_side(width));
}

// The exercise's key pose, from its own best view, drawn by the demonstration's renderer: a person recognises the
// exercise before opening it. Nothing is drawn for an exercise without a clip.
void draw_key_pose(ImDrawList& draw, const Clip* clip, const Pose& pose, ImVec2 top_left, float side) {
  if (clip == nullptr) return;
  const Palette& p = palette();
  draw.AddRectFilled(top_left, {top_left.x + side, top_left.y + side}, p.background, 10.0f);
  FigureScene scene;
  scene.props = clip->props;
  draw_figure(draw, pose, default_camera(*clip), top_left, {side, side},
              {p.figure_limb, p.figure_joint, p.floor, p.background, p.caution}, scene);
}

void draw_card(const Exercise& exercise, const MotionLibrary& motion, const UiFonts& fonts, ImVec2 size,
               const Dispatch& dispatch) {
  const Palette& p = palette();
  ImGui::PushID(exercise.id.c_str());
  const ImVec2 top_left = ImGui::GetCursorScreenPos();
  if (ImGui::InvisibleButton("open", size)) dispatch(OpenExercise{exercise.id});
  a11y::button(exercise.name + ". " + exercise.position + ". " + describe_dosage(exercise.dosage),
               OpenExercise{exercise.id});
  const bool hovered = ImGui::IsItemHovered();
  const bool focused = ImGui::IsItemFocused() && ImGui::GetIO().NavVisible;  // ring only when navigating by keys
  ImGui::PopID();

  ImDrawList& draw = *ImGui::GetWindowDrawList();
  const ImVec2 bottom_right{top_left.x + size.x, top_left.y + size.y};
  draw.AddRectFilled(top_left, bottom_right, hovered ? p.surface_hover : p.surface, 14.0f);
  draw.AddRect(top_left, bottom_right, focused ? p.accent : p.border, 14.0f, 0, focused ? 2.5f : 1.0f);

  const float side = picture_side(size.x);
  draw_key_pose(draw, motion.find(exercise.id), motion.key_pose(exercise.id),
                {bottom_right.x - kCardPadding - side, top_left.y + kCardPadding}, side);
  const float inner = text_width(size.x);
  ImVec2 pos{top_left.x + kCardPadding, top_left.y + kCardPadding};
  // Names wrap: at the largest text size on a 320 px screen a long name needs two lines.
  pos.y += draw_wrapped_text(draw, fonts.heading, pos, inner, p.text, exercise.name.c_str()) + 6;
  pos.y += draw_wrapped_text(draw, fonts.small, pos, inner, p.accent, exercise.position.c_str()) + 8;
  pos.y += draw_wrapped_text(draw, fonts.body, pos, inner, p.text_muted, exercise.summary.c_str()) + 12;
  draw_chip(draw, fonts.small, pos, describe_dosage(exercise.dosage).c_str(), p.accent_soft, p.accent);
}
}  // namespace

void draw_home_screen(const AppState& state, const Catalogue& catalogue, const Dispatch& dispatch, const UiState& ui) {
  const Palette& p = palette();
  const float available = ImGui::GetContentRegionAvail().x;
  const float content_width = std::min(available, kMaxContentWidth);
  const float indent = (available - content_width) * 0.5f;
  if (indent > 0) ImGui::Indent(indent);

  ImGui::PushFont(ui.fonts.title);
  ImGui::TextUnformatted("Upper Back Relief");
  ImGui::PopFont();
  ImGui::PushFont(ui.fonts.body);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.text_muted));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + content_width);
  ImGui::TextWrapped(
      "Gentle exercises to ease stiffness and pain in the upper back. Choose one to see how it is done.");
  ImGui::PopStyleColor();
  if (!state.safety.load_error.empty()) {
    // The acknowledgement and the display choices live in one stored document; when it cannot be read the guidance
    // shows again and the display is back to its defaults, which the person should hear about here, not guess.
    const std::string message = "Your saved safety and display settings could not be read (" + state.safety.load_error +
                                "), so the safety guidance will show again and text size, theme and motion are back "
                                "to their defaults. A copy of the saved text is kept in this browser.";
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.caution));
    ImGui::TextWrapped("%s", message.c_str());
    a11y::text(message);
    ImGui::PopStyleColor();
  }
  ImGui::PopTextWrapPos();
  if (ImGui::Button("Start a session")) dispatch(OpenRoutines{});  // guided routines with counts, sound and voice
  a11y::button("Start a session", OpenRoutines{});
  same_line_if_fits("Your progress");
  if (ImGui::Button("Your progress")) dispatch(ProgressAction{OpenProgress{}});  // history, streaks, backups
  a11y::button("Your progress", ProgressAction{OpenProgress{}});
  same_line_if_fits("Reminders");
  if (ImGui::Button("Reminders")) dispatch(OpenReminders{});  // desk breaks and a daily reminder
  a11y::button("Reminders", OpenReminders{});
  ImGui::PopFont();
  ImGui::Dummy({0, 8});

  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const int columns = std::max(1, static_cast<int>((content_width + spacing) / (kMinCardWidth + spacing)));
  const float card_width = (content_width - spacing * static_cast<float>(columns - 1)) / static_cast<float>(columns);

  const auto& exercises = catalogue.exercises;
  for (std::size_t row_start = 0; row_start < exercises.size(); row_start += static_cast<std::size_t>(columns)) {
    const std::size_t row_end = std::min(exercises.size(), row_start + static_cast<std::size_t>(columns));
    float row_height = 0;
    for (std::size_t i = row_start; i < row_end; ++i) {
      row_height = std::max(row_height, card_height(exercises[i], ui.fonts, card_width));
    }
    for (std::size_t i = row_start; i < row_end; ++i) {
      if (i > row_start) ImGui::SameLine(0, spacing);
      draw_card(exercises[i], catalogue.motion, ui.fonts, {card_width, row_height}, dispatch);
    }
  }
  ImGui::Dummy({0, 12});
  if (indent > 0) ImGui::Unindent(indent);
}

}  // namespace ubr
