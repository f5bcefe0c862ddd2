// The month calendar of active days and the pain before/after chart, drawn with ImGui's draw list.
#include "core/base/dates.h"
#include "ui/accessibility.h"
#include "ui/progress_ui.h"
#include "ui/theme.h"
#include "ui/ui.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace ubr {
namespace {
const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};
constexpr std::size_t kChartSessions = 30;  // the chart shows the most recent rated sessions
}  // namespace

void draw_progress_calendar(const ProgressState& progress, ProgressUi& ui, const UiState& fonts) {
  const Palette& p = palette();
  const CivilDate today = civil_date(progress.today);
  int month_index = today.year * 12 + (today.month - 1) + ui.month_offset;
  const int year = month_index / 12;
  const int month = month_index % 12 + 1;

  if (a11y::pressed_button("Previous month", ImGui::ArrowButton("##previous-month", ImGuiDir_Left))) --ui.month_offset;
  ImGui::SameLine();
  char title[64];
  std::snprintf(title, sizeof title, "%s %d", kMonths[month - 1], year);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(title);
  ImGui::SameLine();
  ImGui::BeginDisabled(ui.month_offset >= 0);
  if (a11y::pressed_button("Next month", ImGui::ArrowButton("##next-month", ImGuiDir_Right))) ++ui.month_offset;
  ImGui::EndDisabled();

  const std::set<std::int64_t> active(progress.stats->active_days.begin(), progress.stats->active_days.end());
  const std::int64_t first = day_number({year, month, 1});
  const int days = days_in_month(year, month);
  const int lead = weekday(first);
  const float cell = std::clamp(ImGui::GetContentRegionAvail().x / 7.0f, 28.0f, 48.0f);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList& draw = *ImGui::GetWindowDrawList();
  ImFont* font = fonts.fonts.small;
  const float size = css_size(font);
  const char* const kWeekdays[] = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
  for (int i = 0; i < 7; ++i) {
    draw.AddText(font, size, {origin.x + static_cast<float>(i) * cell + cell * 0.25f, origin.y}, p.text_muted,
                 kWeekdays[i]);
  }
  const float top = origin.y + size + 6;
  const int rows = (lead + days + 6) / 7;
  int active_count = 0;
  for (int d = 0; d < days; ++d) {
    const int slot = lead + d;
    const ImVec2 a{origin.x + static_cast<float>(slot % 7) * cell + 2, top + static_cast<float>(slot / 7) * cell + 2};
    const ImVec2 b{a.x + cell - 4, a.y + cell - 4};
    const std::int64_t day = first + d;
    const bool is_active = active.count(day) > 0;
    active_count += is_active ? 1 : 0;
    if (is_active) draw.AddRectFilled(a, b, p.accent, 8.0f);
    if (day == progress.today) draw.AddRect(a, b, p.accent, 8.0f, 0, 2.0f);
    char label[4];
    std::snprintf(label, sizeof label, "%d", d + 1);
    draw.AddText(font, size, {a.x + 6, a.y + 4}, is_active ? p.surface : p.text, label);
  }
  ImGui::Dummy({cell * 7, size + 6 + static_cast<float>(rows) * cell});
  char summary[96];
  std::snprintf(summary, sizeof summary, "%s %d: %d active day%s", kMonths[month - 1], year, active_count,
                active_count == 1 ? "" : "s");
  a11y::text(summary);
}

void draw_pain_chart(const ProgressState& progress, const UiState& ui) {
  const Palette& p = palette();
  const auto& all = progress.stats->pain;
  if (all.empty()) {
    progress_text(p.text_muted, "Rate your pain before and after a session to see the trend here.");
    return;
  }
  const std::size_t from = all.size() > kChartSessions ? all.size() - kChartSessions : 0;
  const float width = std::min(ImGui::GetContentRegionAvail().x, 720.0f);
  const float height = 180.0f;
  const float left = 28.0f;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList& draw = *ImGui::GetWindowDrawList();
  ImFont* font = ui.fonts.small;
  const float text_size = css_size(font);
  const float plot_w = width - left - 8;
  const float plot_h = height - text_size - 12;
  auto y_of = [&](int pain) { return origin.y + 4 + plot_h * (1.0f - static_cast<float>(pain) / 10.0f); };
  for (int level : {0, 5, 10}) {
    draw.AddLine({origin.x + left, y_of(level)}, {origin.x + left + plot_w, y_of(level)}, p.border);
    char label[4];
    std::snprintf(label, sizeof label, "%d", level);
    draw.AddText(font, text_size, {origin.x, y_of(level) - text_size * 0.5f}, p.text_muted, label);
  }
  const std::size_t count = all.size() - from;
  auto x_of = [&](std::size_t i) {
    return origin.x + left +
           (count == 1 ? plot_w * 0.5f : plot_w * static_cast<float>(i) / static_cast<float>(count - 1));
  };
  for (int series = 0; series < 2; ++series) {
    const ImU32 colour = series == 0 ? p.text_muted : p.accent;
    ImVec2 previous{};
    for (std::size_t i = 0; i < count; ++i) {
      const PainPoint& point = all[from + i];
      const ImVec2 at{x_of(i), y_of(series == 0 ? point.before : point.after)};
      if (i > 0) draw.AddLine(previous, at, colour, series == 0 ? 1.5f : 2.5f);
      if (series == 0) {
        draw.AddCircle(at, 4.0f, colour, 12, 1.5f);
      } else {
        draw.AddCircleFilled(at, point.after > point.before ? 6.0f : 4.0f,
                             point.after > point.before ? p.caution : colour);
      }
      previous = at;
    }
  }
  const float legend_y = origin.y + plot_h + 10;
  draw.AddCircle({origin.x + left + 6, legend_y + text_size * 0.5f}, 4.0f, p.text_muted, 12, 1.5f);
  draw.AddText(font, text_size, {origin.x + left + 16, legend_y}, p.text_muted, "before");
  draw.AddCircleFilled({origin.x + left + 86, legend_y + text_size * 0.5f}, 4.0f, p.accent);
  draw.AddText(font, text_size, {origin.x + left + 96, legend_y}, p.text_muted, "after");
  draw.AddCircleFilled({origin.x + left + 156, legend_y + text_size * 0.5f}, 6.0f, p.caution);
  draw.AddText(font, text_size, {origin.x + left + 168, legend_y}, p.text_muted, "higher after than before");
  ImGui::Dummy({width, height});
  const PainPoint& last = all.back();
  a11y::text("Pain chart of the last " + std::to_string(count) + " rated sessions. Most recent: " +
             std::to_string(last.before) + " before, " + std::to_string(last.after) + " after.");
}

}  // namespace ubr
