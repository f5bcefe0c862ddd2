// The safety guidance: shown before the first session and reachable from the home screen afterwards. General
// guidance in the app's own words, not medical advice; the warning signs are the usual red flags for the upper
// back. Every paragraph is also published as text, so a screen reader reads the same words.
#include "ui/accessibility.h"
#include "ui/theme.h"
#include "ui/ui.h"

#include <algorithm>
#include <array>

namespace ubr {
namespace {
constexpr float kMaxTextWidth = 720.0f;

constexpr std::array<const char*, 3> kGuidance = {
    "Upper Back Relief offers general exercise guidance. It is not medical advice and does not replace a doctor or "
    "physiotherapist who knows you.",
    "Move slowly and gently, within a range that feels comfortable. A mild stretch is fine; sharp or growing pain "
    "is not.",
    "Stop any exercise that brings on pain or makes it worse, or that causes numbness or tingling.",
};

constexpr std::array<const char*, 7> kWarningSigns = {
    "pain that began after a fall, an accident or an injury",
    "chest pain, a racing heart or shortness of breath",
    "a fever, or weight loss you cannot explain",
    "numbness, tingling or weakness in your arms or legs",
    "loss of control of your bladder or bowels",
    "pain that never lets up, or that is worse at night or when you lie still",
    "a history of cancer or of osteoporosis (thinning bones)",
};

void paragraph(const char* words, ImU32 colour) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
  ImGui::TextWrapped("%s", words);
  ImGui::PopStyleColor();
  a11y::text(words);
}
}  // namespace

void draw_safety_screen(const AppState& state, const Dispatch& dispatch, const UiState& ui) {
  const Palette& p = palette();
  const float available = ImGui::GetContentRegionAvail().x;
  const float width = std::min(available, kMaxTextWidth);
  const float indent = (available - width) * 0.5f;
  if (indent > 0) ImGui::Indent(indent);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);

  ImGui::PushFont(ui.fonts.title);
  ImGui::TextWrapped("Before you start");
  ImGui::PopFont();

  ImGui::PushFont(ui.fonts.body);
  for (const char* words : kGuidance) paragraph(words, p.text);
  ImGui::Dummy({0, 4});
  ImGui::PushFont(ui.fonts.heading);
  paragraph("See a doctor before you begin if you have:", p.caution);
  ImGui::PopFont();
  for (const char* sign : kWarningSigns) {
    ImGui::Bullet();
    ImGui::SameLine();
    paragraph(sign, p.text);
  }
  ImGui::Dummy({0, 4});
  paragraph("If any of these appear while you exercise, stop and get medical advice.", p.text);
  ImGui::Dummy({0, 8});

  const SafetyState& safety = state.safety;
  const float button_width = std::min(width, 360.0f);
  if (!safety.acknowledged) {
    const bool start_after = !safety.pending_routine.empty();
    const char* label = start_after ? "I understand, start the session" : "I understand";
    // One action: the root update starts the pending routine once the guidance is acknowledged.
    const Action acknowledge = SafetyAction{AcknowledgeSafety{}};
    if (ImGui::Button(label, {button_width, 0})) dispatch(acknowledge);
    a11y::button(label, acknowledge);
  } else {
    if (ImGui::Button("\xE2\x86\x90 Back", {button_width, 0})) dispatch(SafetyAction{CloseSafety{}});
    a11y::button("Back", SafetyAction{CloseSafety{}});
  }
  ImGui::PopFont();
  ImGui::Dummy({0, 12});
  ImGui::PopTextWrapPos();
  if (indent > 0) ImGui::Unindent(indent);
}

}  // namespace ubr
