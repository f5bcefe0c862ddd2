// Desk breaks on the progress screen: for each of the last seven days, the reminders shown beside the breaks taken,
// and the totals of this week and last week, so a person sees whether the reminders turn into breaks.
#include "core/base/dates.h"
#include "ui/accessibility.h"
#include "ui/progress_ui.h"
#include "ui/theme.h"
#include "ui/ui.h"
#include "ui/widgets.h"

#include <algorithm>
#include <array>
#include <string>

namespace ubr {
namespace {
constexpr int kDaysShown = 7;
constexpr std::array<const char*, 7> kWeekdayShort = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};

DayTally tally_of(const ReminderCounts& counts, std::int64_t day) {
  if (day == counts.day) return {day, counts.shown_today, counts.breaks_today};
  for (const DayTally& tally : counts.recent) {
    if (tally.day == day) return tally;
  }
  return {day, 0, 0};
}

std::string count_words(int count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string week_words(const char* which, int breaks, int shown) {
  return std::string(which) + ": " + count_words(breaks, "break", "breaks") + " taken, " +
         count_words(shown, "reminder", "reminders") + " shown.";
}
}  // namespace

void draw_progress_breaks(const RemindersState& reminders, const UiState& ui) {
  const Palette& p = palette();
  const ReminderCounts& counts = reminders.counts;
  const std::int64_t today = counts.day;
  int last_week_shown = 0;
  int last_week_breaks = 0;
  for (const DayTally& tally : counts.recent) {
    if (week_number(tally.day) == counts.week - 1) {
      last_week_shown += tally.shown;
      last_week_breaks += tally.breaks;
    }
  }
  const std::string this_week = week_words("This week", counts.breaks_week, counts.shown_week);
  const std::string last_week = week_words("Last week", last_week_breaks, last_week_shown);
  progress_text(p.text, this_week + " " + last_week);
  a11y::text(this_week);
  a11y::text(last_week);
  const bool any_recent = counts.shown_today > 0 || counts.breaks_today > 0 ||
                          std::any_of(counts.recent.begin(), counts.recent.end(),
                                      [today](const DayTally& tally) { return tally.day > today - kDaysShown; });
  if (!any_recent) {
    progress_text(p.text_muted,
                  reminders.settings.desk.enabled || reminders.settings.daily.enabled
                      ? "The last seven days show here once a reminder has come or a break has been taken."
                      : "Turn on reminders (Reminders, on the home screen) to see breaks beside them here.");
    return;
  }

  // Seven pairs of bars, oldest on the left: reminders shown (outlined), breaks taken (filled).
  std::array<DayTally, kDaysShown> days{};
  int highest = 1;
  for (int i = 0; i < kDaysShown; ++i) {
    days[static_cast<std::size_t>(i)] = tally_of(counts, today - (kDaysShown - 1 - i));
    highest = std::max({highest, days[static_cast<std::size_t>(i)].shown, days[static_cast<std::size_t>(i)].breaks});
  }
  ImFont* font = ui.fonts.small;
  const float text_size = css_size(font);
  const float width = std::min(ImGui::GetContentRegionAvail().x, 420.0f);
  const float column = width / static_cast<float>(kDaysShown);
  const float chart_height = 90.0f;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList& draw = *ImGui::GetWindowDrawList();
  const float base = origin.y + chart_height;
  draw.AddLine({origin.x, base}, {origin.x + width, base}, p.border, 1.0f);
  for (int i = 0; i < kDaysShown; ++i) {
    const DayTally& tally = days[static_cast<std::size_t>(i)];
    const float left = origin.x + static_cast<float>(i) * column;
    const float bar = std::max(6.0f, column * 0.3f);
    const auto height = [&](int count) {
      return chart_height * static_cast<float>(count) / static_cast<float>(highest);
    };
    const ImVec2 shown_top{left + column * 0.5f - bar - 1, base - height(tally.shown)};
    draw.AddRect(shown_top, {shown_top.x + bar, base}, p.text_muted, 2.0f, 0, 1.5f);
    const ImVec2 break_top{left + column * 0.5f + 1, base - height(tally.breaks)};
    draw.AddRectFilled(break_top, {break_top.x + bar, base}, p.accent, 2.0f);
    const char* label = tally.day == today ? "Today" : kWeekdayShort[static_cast<std::size_t>(weekday(tally.day))];
    const float label_width = font->CalcTextSizeA(text_size, FLT_MAX, 0, label).x;
    draw.AddText(font, text_size, {left + (column - label_width) * 0.5f, base + 4}, p.text_muted, label);
    a11y::text(std::string(tally.day == today ? "Today" : format_local_date(tally.day)) + ": " +
               count_words(tally.shown, "reminder", "reminders") + ", " + count_words(tally.breaks, "break", "breaks"));
  }
  ImGui::Dummy({width, chart_height + text_size + 8});
  const float key_size = text_size * 0.8f;
  const ImVec2 key = ImGui::GetCursorScreenPos();
  draw.AddRect({key.x, key.y + 2}, {key.x + key_size, key.y + 2 + key_size}, p.text_muted, 2.0f, 0, 1.5f);
  draw.AddText(font, text_size, {key.x + key_size + 6, key.y}, p.text_muted, "reminders shown");
  const float second = key.x + key_size + 12 + font->CalcTextSizeA(text_size, FLT_MAX, 0, "reminders shown").x + 16;
  draw.AddRectFilled({second, key.y + 2}, {second + key_size, key.y + 2 + key_size}, p.accent, 2.0f);
  draw.AddText(font, text_size, {second + key_size + 6, key.y}, p.text_muted, "breaks taken");
  ImGui::Dummy({width, text_size + 4});
}

}  // namespace ubr
