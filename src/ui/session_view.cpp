#include "ui/session_view.h"

#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numbers>

namespace ubr {

void draw_countdown_ring(ImDrawList& draw, ImVec2 centre, float radius, double fraction, const char* big,
                         const char* small, ImFont* big_font, ImFont* small_font) {
  const Palette& p = palette();
  const float thickness = std::max(6.0f, radius * 0.12f);
  draw.AddCircle(centre, radius, p.border, 64, thickness);
  const double clamped = std::clamp(fraction, 0.0, 1.0);
  if (clamped > 0) {
    // From twelve o'clock, clockwise, shrinking as time runs out.
    const float start = -static_cast<float>(std::numbers::pi) / 2;
    const float end = start + static_cast<float>(2 * std::numbers::pi * clamped);
    draw.PathArcTo(centre, radius, start, end, 64);
    draw.PathStroke(p.accent, 0, thickness);
  }
  // Large enough to read from across a room: the ring's size, not the font's, sets it.
  const float big_size = std::max(css_size(big_font), radius * 0.7f);
  const ImVec2 big_extent = big_font->CalcTextSizeA(big_size, FLT_MAX, 0, big);
  const float small_size = css_size(small_font);
  const ImVec2 small_extent = small_font->CalcTextSizeA(small_size, FLT_MAX, 0, small);
  const float total = big_extent.y + (small[0] ? small_extent.y : 0);
  const float top = centre.y - total / 2;
  draw.AddText(big_font, big_size, {centre.x - big_extent.x / 2, top}, p.text, big);
  if (small[0]) {
    draw.AddText(small_font, small_size, {centre.x - small_extent.x / 2, top + big_extent.y}, p.text_muted, small);
  }
}

const char* phase_label(SessionPhase phase) {
  switch (phase) {
    case SessionPhase::GetReady:
      return "Get ready";
    case SessionPhase::Rep:
      return "Move";
    case SessionPhase::Hold:
      return "Hold";
    case SessionPhase::Release:
      return "Relax";
    case SessionPhase::Rest:
      return "Rest";
    case SessionPhase::SwitchSides:
      return "Switch sides";
    case SessionPhase::Preview:
      return "Next up";
    case SessionPhase::Summary:
      return "Summary";
  }
  return "";
}

namespace {
const SessionExercise& exercise_of(const Session& session) {
  return session.exercises[static_cast<std::size_t>(current_step(session).exercise)];
}
}  // namespace

std::string rep_text(const Session& session) {
  const SessionStep& step = current_step(session);
  if (step.rep == 0) return {};
  const bool held = exercise_of(session).dosage.hold_seconds > 0;
  return std::string(held ? "Hold " : "Rep ") + std::to_string(step.rep) + " of " +
         std::to_string(exercise_of(session).dosage.reps);
}

std::string set_text(const Session& session) {
  const SessionStep& step = current_step(session);
  const int sets = exercise_of(session).dosage.sets;
  if (step.set == 0 || sets <= 1) return {};
  return "Set " + std::to_string(step.set) + " of " + std::to_string(sets);
}

std::string side_text(const Session& session) {
  if (!exercise_of(session).dosage.per_side || current_step(session).set == 0) return {};
  return current_step(session).side == 0 ? "First arm" : "Other arm";
}

namespace {
// "Rep 3 of 10" -> "rep 3 of 10", to follow a comma.
std::string lower_first(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

std::string seconds_text(double seconds) {
  const long whole = std::lround(seconds);
  return std::to_string(whole) + (whole == 1 ? " second" : " seconds");
}
}  // namespace

std::string paused_text(const Session& session) {
  return session.paused_while_hidden ? "Paused while the page was hidden" : "Paused";
}

std::string step_announcement(const Session& session) {
  const SessionStep& step = current_step(session);
  const std::string& name = exercise_of(session).name;
  switch (step.phase) {
    case SessionPhase::GetReady:
      return "Get ready, " + seconds_text(step.seconds) + ". First: " + name;
    case SessionPhase::Rep: {
      std::string text = name;
      for (const std::string& part : {rep_text(session), set_text(session), side_text(session)}) {
        if (!part.empty()) text += ", " + lower_first(part);
      }
      return text;
    }
    case SessionPhase::Hold:
    case SessionPhase::Rest:
      return std::string(phase_label(step.phase)) + ", " + seconds_text(step.seconds);
    case SessionPhase::Release:
    case SessionPhase::SwitchSides:
      return phase_label(step.phase);
    case SessionPhase::Preview:
      return "Next: " + name + ". Get into position, " + seconds_text(step.seconds);
    case SessionPhase::Summary:
      return session.completed ? "Session complete" : "Session ended early";
  }
  return {};
}

SessionSeen session_seen(const Session& session) {
  return {session.active, session.step_serial, session.paused};
}

std::string session_announcement(const SessionSeen& before, const Session& session) {
  if (!session.active || session.steps.empty()) return {};
  if (!before.active || before.step_serial != session.step_serial) return step_announcement(session);
  if (before.paused != session.paused) return session.paused ? paused_text(session) : "Resumed";
  return {};
}

}  // namespace ubr
