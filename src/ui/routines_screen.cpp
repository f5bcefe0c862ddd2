// Choosing a routine to follow, making custom ones (choose exercises, order them, change their dosage), and the
// session settings: get-ready, rest and preview times, sound, voice and volume.
#include "core/session/routine.h"
#include "ui/accessibility.h"
#include "ui/theme.h"
#include "ui/ui.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

namespace ubr {
namespace {
constexpr float kMaxContentWidth = 900.0f;
// A number field with its "-" and "+" buttons (each a touch target wide), leaving room for a three-digit value.
constexpr float kNumberFieldWidth = 170.0f;

// The routine being edited: widget state, not app state, until it is saved.
struct Editor {
  bool open = false;
  Routine draft;
  char name[kMaxRoutineNameLength + 1] = {};
};
Editor& editor() {
  static Editor instance;
  return instance;
}

void open_editor(const Routine& routine) {
  Editor& e = editor();
  e.open = true;
  e.draft = routine;
  std::snprintf(e.name, sizeof e.name, "%s", routine.name.c_str());
}

double routine_seconds(const Routine& routine, const Catalogue& catalogue, const SessionSettings& settings) {
  std::string error;
  const std::optional<Session> session = start_session(routine, catalogue, settings, {}, error);
  return session ? planned_total_seconds(*session) : 0;
}

void draw_routine_row(const Routine& routine, bool built_in, const AppState& state, const Catalogue& catalogue,
                      const Dispatch& dispatch, const UiState& ui) {
  const Palette& p = palette();
  ImGui::PushID(routine.id.c_str());
  ImGui::PushFont(ui.fonts.heading);
  ImGui::TextWrapped("%s", routine.name.c_str());
  ImGui::PopFont();
  const int minutes = static_cast<int>(std::lround(routine_seconds(routine, catalogue, state.session_settings) / 60.0));
  std::string summary = std::to_string(routine.items.size()) + " exercises, about " + std::to_string(minutes) + " min";
  ImGui::PushFont(ui.fonts.small);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.text_muted));
  ImGui::TextWrapped("%s", summary.c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  ImGui::PushFont(ui.fonts.body);
  const Action start = StartSession{routine.id};
  if (ImGui::Button("Start", {120, kMinTouchTarget})) dispatch(start);
  a11y::button("Start " + routine.name, start);
  const char* edit_label = built_in ? "Copy and edit" : "Edit";
  same_line_if_fits(edit_label);  // on a narrow phone at large text the buttons wrap instead of running off
  const bool edit = ImGui::Button(edit_label, {0, kMinTouchTarget});
  if (a11y::pressed_button((built_in ? "Copy and edit " : "Edit ") + routine.name, edit)) {
    Routine copy = routine;
    if (built_in) {
      copy.id.clear();
      copy.name = "My " + routine.name;
    }
    open_editor(copy);
  }
  if (!built_in) {
    same_line_if_fits("Delete");
    if (ImGui::Button("Delete", {0, kMinTouchTarget})) dispatch(DeleteRoutine{routine.id});
    a11y::button("Delete " + routine.name, DeleteRoutine{routine.id});
  }
  ImGui::PopFont();
  ImGui::Separator();
  ImGui::PopID();
}

void draw_editor(const Catalogue& catalogue, const Dispatch& dispatch, const UiState& ui) {
  Editor& e = editor();
  Routine& draft = e.draft;
  ImGui::PushFont(ui.fonts.heading);
  ImGui::TextUnformatted(draft.id.empty() ? "New routine" : "Edit routine");
  ImGui::PopFont();
  ImGui::PushFont(ui.fonts.body);
  // The label above its field, which takes the width there is: at large text on a phone nothing runs off.
  ImGui::TextUnformatted("Name");
  ImGui::SetNextItemWidth(std::min(420.0f, ImGui::GetContentRegionAvail().x));
  ImGui::InputText("##name", e.name, sizeof e.name);
  if (const auto typed = a11y::text_field("Routine name", e.name)) {
    std::snprintf(e.name, sizeof e.name, "%s", typed->c_str());
  }
  draft.name = e.name;

  std::size_t remove = draft.items.size();
  std::size_t move_up = draft.items.size();
  for (std::size_t i = 0; i < draft.items.size(); ++i) {
    RoutineItem& item = draft.items[i];
    const Exercise* exercise = catalogue.find(item.exercise_id);
    ImGui::PushID(static_cast<int>(i));
    const std::string name = exercise ? exercise->name : item.exercise_id;
    ImGui::Text("%zu. %s", i + 1, name.c_str());
    a11y::text(std::to_string(i + 1) + ". " + name);
    ImGui::PushItemWidth(kNumberFieldWidth);
    // Each number field with its label, then the buttons, wrap onto the next line when the row is full (a phone at
    // large text), so nothing runs off the screen.
    const ImGuiStyle& style = ImGui::GetStyle();
    const auto field_fits = [&](const char* label) {
      same_line_if_fits(kNumberFieldWidth + style.ItemInnerSpacing.x + ImGui::CalcTextSize(label).x,
                        style.ItemSpacing.x);
    };
    const bool held = item.dosage.hold_seconds > 0;
    ImGui::InputInt(held ? "holds" : "reps", &item.dosage.reps);
    // The mirror's twin of each number field is a slider over the same value (arrow keys step it).
    if (const auto reps = a11y::widget_slider(name + (held ? " holds" : " repetitions"), item.dosage.reps, 1,
                                              kMaxRoutineReps, 1, std::to_string(item.dosage.reps))) {
      item.dosage.reps = static_cast<int>(*reps);
    }
    field_fits("sets");
    ImGui::InputInt("sets", &item.dosage.sets);
    if (const auto sets = a11y::widget_slider(name + " sets", item.dosage.sets, 1, kMaxRoutineSets, 1,
                                              std::to_string(item.dosage.sets))) {
      item.dosage.sets = static_cast<int>(*sets);
    }
    if (held) {
      int hold = static_cast<int>(item.dosage.hold_seconds);
      field_fits("s hold");
      if (ImGui::InputInt("s hold", &hold)) item.dosage.hold_seconds = hold;
      if (const auto seconds = a11y::widget_slider(name + " hold", hold, kMinRoutineHoldSeconds, kMaxRoutineHoldSeconds,
                                                   1, std::to_string(hold) + " seconds")) {
        item.dosage.hold_seconds = *seconds;
      }
      item.dosage.hold_seconds = std::clamp(item.dosage.hold_seconds, kMinRoutineHoldSeconds, kMaxRoutineHoldSeconds);
    }
    ImGui::PopItemWidth();
    item.dosage.reps = std::clamp(item.dosage.reps, 1, kMaxRoutineReps);
    item.dosage.sets = std::clamp(item.dosage.sets, 1, kMaxRoutineSets);
    same_line_if_fits("\xE2\x86\x91");
    ImGui::BeginDisabled(i == 0);
    if (a11y::pressed_button("Move " + name + " up", ImGui::Button("\xE2\x86\x91"), i > 0) && i > 0) move_up = i;
    ImGui::EndDisabled();
    same_line_if_fits("Remove");
    if (a11y::pressed_button("Remove " + name, ImGui::Button("Remove"))) remove = i;
    ImGui::PopID();
  }
  if (move_up < draft.items.size()) std::swap(draft.items[move_up], draft.items[move_up - 1]);
  if (remove < draft.items.size()) draft.items.erase(draft.items.begin() + static_cast<std::ptrdiff_t>(remove));

  ImGui::TextUnformatted("Add an exercise:");
  a11y::text("Add an exercise:");
  bool first = true;
  for (const Exercise& exercise : catalogue.exercises) {
    ImGui::PushID(exercise.id.c_str());
    if (!first) same_line_if_fits(exercise.name.c_str());
    first = false;
    if (a11y::pressed_button("Add " + exercise.name, ImGui::Button(exercise.name.c_str()))) {
      draft.items.push_back({exercise.id, exercise.dosage});
    }
    ImGui::PopID();
  }
  const std::string problem = validate_routine(draft, catalogue);
  if (!problem.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().caution));
    ImGui::TextWrapped("%s", problem.c_str());
    a11y::text(problem);
    ImGui::PopStyleColor();
  }
  ImGui::BeginDisabled(!problem.empty());
  const bool save = ImGui::Button("Save routine", {0, kMinTouchTarget});
  if (a11y::pressed_button("Save routine", save, problem.empty()) && problem.empty()) {
    dispatch(SaveRoutine{draft});
    e.open = false;
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (a11y::pressed_button("Cancel editing", ImGui::Button("Cancel", {0, kMinTouchTarget}))) e.open = false;
  ImGui::PopFont();
  ImGui::Separator();
}

void draw_settings(const AppState& state, const Dispatch& dispatch, const UiState& ui) {
  const SessionSettings& s = state.session_settings;
  ImGui::PushFont(ui.fonts.heading);
  ImGui::TextUnformatted("Session settings");
  ImGui::PopFont();
  ImGui::PushFont(ui.fonts.body);
  // Labels go above their sliders, so a long label never runs off a narrow screen at any text size.
  const float width = std::min(420.0f, ImGui::GetContentRegionAvail().x);
  const auto label_above = [](const char* label) {
    ImGui::TextWrapped("%s", label);
    return std::string("##") + label;
  };
  auto seconds_slider = [&](const char* label, int value, int max, auto field) {
    // One action for the drawn slider and its mirror twin.
    const auto set_seconds = [field](double seconds) -> Action {
      SettingsChange change;
      change.*field = static_cast<int>(seconds);
      return UpdateSettings{change};
    };
    int edited = value;
    const std::string id = label_above(label);
    ImGui::SetNextItemWidth(width);
    if (ImGui::SliderInt(id.c_str(), &edited, 0, max, edited == 0 ? "off" : "%d s") && edited != value) {
      dispatch(set_seconds(edited));
    }
    a11y::slider(label, value, 0, max, 1, value == 0 ? "off" : std::to_string(value) + " seconds", set_seconds);
  };
  seconds_slider("Get ready", s.get_ready_seconds, kMaxGetReadySeconds, &SettingsChange::get_ready_seconds);
  seconds_slider("Rest between sets", s.rest_seconds, kMaxRestSeconds, &SettingsChange::rest_seconds);
  seconds_slider("Pause before each exercise", s.preview_seconds, kMaxPreviewSeconds, &SettingsChange::preview_seconds);
  bool sound = s.sound;
  if (ImGui::Checkbox("Beeps", &sound)) dispatch(UpdateSettings{SettingsChange{{}, {}, {}, sound, {}, {}}});
  a11y::checkbox("Beeps", s.sound, UpdateSettings{SettingsChange{{}, {}, {}, !s.sound, {}, {}}});
  ImGui::SameLine(0, 24);
  bool voice = s.voice;
  if (ImGui::Checkbox("Voice", &voice)) dispatch(UpdateSettings{SettingsChange{{}, {}, {}, {}, voice, {}}});
  a11y::checkbox("Voice", s.voice, UpdateSettings{SettingsChange{{}, {}, {}, {}, !s.voice, {}}});
  const auto set_volume = [](double percent) -> Action {
    return UpdateSettings{SettingsChange{{}, {}, {}, {}, {}, std::clamp(percent / 100.0, 0.0, 1.0)}};
  };
  float volume = static_cast<float>(s.volume * 100);
  const std::string volume_id = label_above("Volume");
  ImGui::SetNextItemWidth(width);
  if (ImGui::SliderFloat(volume_id.c_str(), &volume, 0, 100, "%.0f%%")) dispatch(set_volume(volume));
  a11y::slider("Volume", std::round(s.volume * 100), 0, 100, 5,
               std::to_string(std::lround(s.volume * 100)) + " percent", set_volume);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().text_muted));
  if (!ui.platform.voice_available) {
    constexpr const char* kNoVoice = "This browser has no offline voice, so sessions use beeps only.";
    ImGui::TextWrapped("%s", kNoVoice);
    a11y::text(kNoVoice);
  }
  if (!state.settings_load_error.empty()) {
    const std::string message =
        "Saved settings could not be read (" + state.settings_load_error +
        "); the defaults are used until you change one. A copy of the saved text is kept in this browser.";
    ImGui::TextWrapped("%s", message.c_str());
    a11y::text(message);
  }
  ImGui::PopStyleColor();
  ImGui::PopFont();
}
}  // namespace

void draw_routines_screen(const AppState& state, const Catalogue& catalogue, const Dispatch& dispatch,
                          const UiState& ui) {
  const float available = ImGui::GetContentRegionAvail().x;
  const float content_width = std::min(available, kMaxContentWidth);
  const float indent = (available - content_width) * 0.5f;
  if (indent > 0) ImGui::Indent(indent);
  ImGui::PushFont(ui.fonts.body);
  if (ImGui::Button("\xE2\x86\x90 Home")) dispatch(GoHome{});
  a11y::button("Home", GoHome{});
  ImGui::PopFont();
  ImGui::PushFont(ui.fonts.title);
  ImGui::TextUnformatted("Guided sessions");
  ImGui::PopFont();

  const Palette& p = palette();
  ImGui::PushFont(ui.fonts.body);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.caution));
  if (!state.routines.load_error.empty()) {
    const std::string message = "Your saved routines could not be read (" + state.routines.load_error +
                                "). Their text is kept unchanged in this browser (storage key \"" +
                                ui.platform.unreadable_routines_key + "\"), so nothing is lost.";
    ImGui::TextWrapped("%s", message.c_str());
    a11y::text(message);
  }
  if (!ui.platform.routines_save_problem.empty()) {
    ImGui::TextWrapped("%s", ui.platform.routines_save_problem.c_str());
    a11y::text(ui.platform.routines_save_problem);
  }
  ImGui::PopStyleColor();
  ImGui::PopFont();

  if (editor().open) draw_editor(catalogue, dispatch, ui);
  const std::vector<Routine> routines = all_routines(state.routines, catalogue);
  for (std::size_t i = 0; i < routines.size(); ++i) {
    draw_routine_row(routines[i], i < 2, state, catalogue, dispatch, ui);
  }
  ImGui::PushFont(ui.fonts.body);
  if (!editor().open && a11y::pressed_button("New routine", ImGui::Button("New routine", {0, kMinTouchTarget}))) {
    open_editor({"", "My routine", {}});
  }
  ImGui::PopFont();
  ImGui::Dummy({0, 12});
  draw_settings(state, dispatch, ui);
  ImGui::Dummy({0, 12});
  if (indent > 0) ImGui::Unindent(indent);
}

}  // namespace ubr
