#pragma once
// Sessions as CSV for spreadsheets: one row per exercise of each session (a session without exercises gets one
// row), oldest first, with a header. Times are ISO 8601 in UTC next to the local date and offset.
#include "core/progress/doc.h"

#include <string>

namespace ubr {

std::string sessions_to_csv(const ProgressDoc& doc);

// "2026-11-25T14:03:07Z"
std::string format_utc_iso(std::int64_t utc_ms);

}  // namespace ubr
