// The guided-session screen: the figure large, what to do now (phase, rep, set, side, a countdown ring), what comes
// next, and the controls. Text is large enough to read from about two metres on a laptop; on a phone in portrait
// the figure sits above the counters and the controls wrap onto two rows.
#include "core/motion/library.h"
#include "render/figure_drawing.h"
#include "ui/accessibility.h"
#include "ui/session_view.h"
#include "ui/theme.h"
#include "ui/ui.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace ubr {
namespace {
constexpr float kWideLayoutMinWidth = 760.0f;

const SessionExercise& exercise_of(const Session& session) {
  return session.exercises[static_cast<std::size_t>(current_step(session).exercise)];
}

void draw_session_figure(const Session& session, const MotionLibrary& motion, ImVec2 size) {
  const Palette& p = palette();
  ImGui::BeginChild("session-figure", size, true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  const ImVec2 top_left = ImGui::GetCursorScreenPos();
  const ImVec2 area = ImGui::GetContentRegionAvail();
  // The figure plays the stretch of its clip that the session's step names (one movement cycle per repetition at the
  // demonstration's pace, the held pose while holding), the other arm when mirrored; seen from the exercise's own
  // best view, with its props.
  const std::string& id = exercise_of(session).id;
  const Pose pose = motion.pose_at(id, figure_time(session), mirrored(session));
  const Clip* clip = motion.find(id);
  const Camera camera = clip ? default_camera(*clip) : Camera{};
  FigureScene scene;
  if (clip != nullptr) {
    const double into = std::fmod(std::max(0.0, figure_time(session)), clip->duration_seconds);
    scene = {clip->props, nullptr, motion.paths(id), into / clip->duration_seconds, mirrored(session)};
  }
  draw_figure(*ImGui::GetWindowDrawList(), pose, camera, top_left, area,
              {p.figure_limb, p.figure_joint, p.floor, p.surface, p.caution}, scene);
  ImGui::EndChild();
}

void centred_text(ImFont* font, ImU32 colour, const std::string& text, float width) {
  ImGui::PushFont(font);
  const float text_width = ImGui::CalcTextSize(text.c_str(), nullptr, false, width).x;
  if (text_width < width) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (width - text_width) / 2);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

// Name, phase, the ring and the counters, centred in a column of the given width.
// While the figure moves, what its clip calls this part of the movement ("Slide up", "Large circles backward"), so
// the words follow the figure; otherwise the step's own label ("Hold", "Rest").
std::string phase_words(const Session& session, const MotionLibrary& motion) {
  const SessionStep& step = current_step(session);
  const Clip* clip = motion.find(exercise_of(session).id);
  if (clip == nullptr || figure_speed(session) <= 0) return phase_label(step.phase);
  std::string words = phase_at(*clip, figure_time(session)).name;
  if (words.empty()) return phase_label(step.phase);
  if (words[0] >= 'a' && words[0] <= 'z') words[0] = static_cast<char>(words[0] - 'a' + 'A');
  return words;
}

void draw_now(const Session& session, const MotionLibrary& motion, const UiState& ui, float width, float ring_radius) {
  const Palette& p = palette();
  const SessionStep& step = current_step(session);
  const SessionExercise& exercise = exercise_of(session);
  const float left = ImGui::GetCursorPosX();
  centred_text(ui.fonts.title, p.text, exercise.name, width);
  ImGui::SetCursorPosX(left);
  std::string phase = phase_words(session, motion);
  if (session.paused) phase = paused_text(session);
  centred_text(ui.fonts.heading, session.paused ? p.caution : p.accent, phase, width);

  const bool counting_reps = step.phase == SessionPhase::Rep && exercise.dosage.hold_seconds <= 0;
  std::string big;
  std::string small;
  double fraction = 1;
  if (counting_reps) {
    big = std::to_string(step.rep);
    small = "of " + std::to_string(exercise.dosage.reps);
    fraction = 1 - step_fraction(session);
  } else {
    big = std::to_string(static_cast<int>(std::ceil(remaining_seconds(session) - 1e-9)));
    small = "seconds";
    fraction = step.seconds > 0 ? remaining_seconds(session) / step.seconds : 0;
  }
  ImGui::Dummy({width, ring_radius * 2 + 16});
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 centre{min.x + width / 2, min.y + ring_radius + 8};
  draw_countdown_ring(*ImGui::GetWindowDrawList(), centre, ring_radius, fraction, big.c_str(), small.c_str(),
                      ui.fonts.title, ui.fonts.body);
  a11y::text(phase + ". " + (counting_reps ? "Repetition " + big + " " + small : big + " seconds left"));

  std::string counters;
  for (const std::string& part : {rep_text(session), set_text(session), side_text(session)}) {
    if (part.empty()) continue;
    counters += (counters.empty() ? "" : "  \xE2\x80\xA2  ") + part;
  }
  if (!counters.empty()) {
    ImGui::SetCursorPosX(left);
    centred_text(ui.fonts.heading, p.text, counters, width);
  }
  const SessionExercise* upcoming = upcoming_exercise(session);
  ImGui::SetCursorPosX(left);
  if (step.phase == SessionPhase::Preview || step.phase == SessionPhase::GetReady) {
    centred_text(ui.fonts.body, p.text_muted, describe_dosage(exercise.dosage), width);
  } else {
    centred_text(ui.fonts.body, p.text_muted, upcoming ? "Next: " + upcoming->name : "Last exercise", width);
  }
}

// A row of pain levels 0 to 10 that wraps onto more lines when the screen is narrow or the text large.
// `chosen_level` is the level the state holds, so the drawn row and the mirror's toggles always show the same choice;
// `action_for(level, chosen)` is what pressing a level does (pressing the chosen one again takes the choice back).
template <typename ActionFor>
void draw_pain_row(const char* prompt, const std::string& spoken, std::optional<int> chosen_level,
                   const ActionFor& action_for, const Dispatch& dispatch, const UiState& ui) {
  ImGui::PushFont(ui.fonts.body);
  ImGui::TextWrapped("%s", prompt);
  constexpr float kGap = 6;
  for (int level = 0; level <= 10; ++level) {
    ImGui::PushID(level);
    if (level > 0) same_line_if_fits(kMinTouchTarget, kGap);
    const bool chosen = chosen_level == level;
    if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(palette().accent));
    if (chosen) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().surface));
    const std::string label = std::to_string(level);
    const Action action = action_for(level, chosen);
    if (ImGui::Button(label.c_str(), {kMinTouchTarget, kMinTouchTarget})) dispatch(action);
    a11y::toggle(spoken + label + " of 10", chosen, action);
    if (chosen) ImGui::PopStyleColor(2);
    ImGui::PopID();
  }
  ImGui::PopFont();
}

// Pain now, 0 to 10, before the work starts (optional; it goes into the session's record).
void draw_pain_before(const Session& session, const Dispatch& dispatch, const UiState& ui) {
  draw_pain_row(
      "Pain right now (optional), 0 = none, 10 = worst:", "Pain ", session.pain_before,
      [](int level, bool chosen) -> Action { return SetPainBefore{chosen ? std::nullopt : std::optional<int>(level)}; },
      dispatch, ui);
}

// Pain after, on the summary: saved on the session's record at once, so the chosen level is the record's.
void draw_pain_after(const Session& session, const ProgressState& progress, const Dispatch& dispatch,
                     const UiState& ui) {
  std::optional<int> recorded;
  for (const SessionRecord& record : progress.doc->sessions) {
    if (record.id == session.record_id) recorded = record.pain_after;
  }
  draw_pain_row(
      "Pain now (optional), 0 = none, 10 = worst:", "Pain after: ", recorded,
      [&session](int level, bool chosen) -> Action {
        AnnotateSession note;
        note.id = session.record_id;
        if (chosen) {
          note.clear_pain_after = true;
        } else {
          note.pain_after = level;
        }
        return ProgressAction{note};
      },
      dispatch, ui);
}

void control_button(const char* label, const Action& action, const Dispatch& dispatch, float width, bool enabled) {
  ImGui::BeginDisabled(!enabled);
  if (ImGui::Button(label, {width, kMinTouchTarget + 8})) dispatch(action);
  ImGui::EndDisabled();
  a11y::button(label, action, enabled);
}

void draw_controls(const Session& session, const Dispatch& dispatch, const UiState& ui, float width, bool narrow) {
  const SessionPhase phase = current_step(session).phase;
  const bool can_skip = phase == SessionPhase::Rest || phase == SessionPhase::SwitchSides ||
                        phase == SessionPhase::GetReady || phase == SessionPhase::Preview;
  ImGui::PushFont(ui.fonts.heading);
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const int per_row = narrow ? 3 : 6;
  const float button_width = (width - spacing * static_cast<float>(per_row - 1)) / static_cast<float>(per_row);
  int index = 0;
  auto next_slot = [&] {
    if (index % per_row != 0) ImGui::SameLine(0, spacing);
    ++index;
  };
  next_slot();
  control_button("\xE2\x86\x90 Back", PreviousStep{}, dispatch, button_width, true);
  next_slot();
  if (session.paused) {
    control_button("Resume", ResumeSession{}, dispatch, button_width, true);
  } else {
    control_button("Pause", PauseSession{}, dispatch, button_width, true);
  }
  next_slot();
  control_button("Next \xE2\x86\x92", NextStep{}, dispatch, button_width, true);
  next_slot();
  control_button(phase == SessionPhase::Rest ? "Skip rest" : "Skip wait", SkipRest{}, dispatch, button_width, can_skip);
  next_slot();
  control_button("Restart", RestartExercise{}, dispatch, button_width, true);
  next_slot();
  control_button("End", EndSession{}, dispatch, button_width, true);
  ImGui::PopFont();
  ImGui::PushFont(ui.fonts.small);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().text_muted));
  if (!narrow) ImGui::TextUnformatted("Keys: Space pause or resume, \xE2\x86\x92 next, \xE2\x86\x90 back, Esc end");
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

void draw_running(const Session& session, const MotionLibrary& motion, const Dispatch& dispatch, const UiState& ui) {
  const ImVec2 available = ImGui::GetContentRegionAvail();
  const bool narrow = available.x < kWideLayoutMinWidth;
  const SessionPhase phase = current_step(session).phase;
  const bool ask_pain = phase == SessionPhase::GetReady || (session.step == 0 && phase == SessionPhase::Preview);
  const float controls_height = narrow ? (kMinTouchTarget + 8) * 2 + 24 : kMinTouchTarget + 8 + 40;
  if (narrow) {
    ImGui::BeginChild("session-scroll", {0, available.y - controls_height}, false);
    const float width = ImGui::GetContentRegionAvail().x;
    draw_session_figure(session, motion, {width, std::clamp(available.y * 0.34f, 180.0f, 360.0f)});
    draw_now(session, motion, ui, width, std::clamp(width * 0.2f, 56.0f, 90.0f));
    if (ask_pain) draw_pain_before(session, dispatch, ui);
    ImGui::EndChild();
  } else {
    const float figure_width = std::floor(available.x * 0.55f);
    draw_session_figure(session, motion, {figure_width, available.y - controls_height});
    ImGui::SameLine();
    ImGui::BeginChild("session-now", {0, available.y - controls_height}, false);
    const float width = ImGui::GetContentRegionAvail().x;
    draw_now(session, motion, ui, width, std::clamp(std::min(width, available.y) * 0.2f, 70.0f, 130.0f));
    if (ask_pain) draw_pain_before(session, dispatch, ui);
    ImGui::EndChild();
  }
  draw_controls(session, dispatch, ui, ImGui::GetContentRegionAvail().x, narrow);
}

std::string minutes_text(double seconds) {
  const int whole = static_cast<int>(std::lround(seconds));
  return std::to_string(whole / 60) + ":" + (whole % 60 < 10 ? "0" : "") + std::to_string(whole % 60);
}

void draw_summary(const AppState& state, const Catalogue& catalogue, const Dispatch& dispatch, const UiState& ui) {
  const Session& session = state.session;
  const ProgressState& progress = state.progress;
  const Palette& p = palette();
  ImGui::PushFont(ui.fonts.title);
  ImGui::TextWrapped("%s", session.completed ? "Well done: session complete" : "Session ended early");
  ImGui::PopFont();
  ImGui::PushFont(ui.fonts.body);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.text_muted));
  ImGui::TextWrapped("%s. What you did is saved to your progress.", session.routine_name.c_str());
  ImGui::PopStyleColor();
  double total = 0;
  for (const ExerciseTally& tally : session.tallies) {
    const Exercise* exercise = catalogue.find(tally.exercise_id);
    const std::string name = exercise ? exercise->name : tally.exercise_id;
    std::string line = name + ": " + std::to_string(tally.reps_done) + " of " + std::to_string(tally.reps_planned);
    if (tally.sets_planned > 1) {
      line += ", sets " + std::to_string(tally.sets_done) + " of " + std::to_string(tally.sets_planned);
    }
    line += " (" + minutes_text(tally.active_seconds) + ")";
    ImGui::PushStyleColor(
        ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(tally.reps_done == tally.reps_planned ? p.text : p.text_muted));
    ImGui::TextWrapped("%s%s", tally.reps_done == tally.reps_planned ? "\xE2\x80\xA2 " : "  ", line.c_str());
    ImGui::PopStyleColor();
    a11y::text(line);
    total += tally.active_seconds;
  }
  ImGui::TextUnformatted(("Time exercising: " + minutes_text(total)).c_str());
  ImGui::Dummy({0, 8});
  ImGui::PopFont();
  draw_pain_after(session, progress, dispatch, ui);
  ImGui::Dummy({0, 8});
  ImGui::PushFont(ui.fonts.body);
  draw_reminder_offer(state, dispatch, ui);
  ImGui::PopFont();
  ImGui::Dummy({0, 8});
  ImGui::PushFont(ui.fonts.heading);
  if (ImGui::Button("Done", {160, kMinTouchTarget + 8})) dispatch(CloseSession{});
  a11y::button("Done", CloseSession{});
  ImGui::PopFont();
}
}  // namespace

void draw_session_screen(const AppState& state, const Catalogue& catalogue, const Dispatch& dispatch,
                         const UiState& ui) {
  const Session& session = state.session;
  if (!session.active || session.steps.empty()) {
    ImGui::PushFont(ui.fonts.body);
    if (ImGui::Button("\xE2\x86\x90 Home")) dispatch(CloseSession{});
    a11y::button("Home", CloseSession{});
    ImGui::PopFont();
    return;
  }
  if (session_running(session)) {
    draw_running(session, catalogue.motion, dispatch, ui);
  } else {
    draw_summary(state, catalogue, dispatch, ui);
  }
}

}  // namespace ubr
