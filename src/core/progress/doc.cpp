#include "core/progress/doc.h"

#include <algorithm>

namespace ubr {

void sort_sessions(std::vector<SessionRecord>& sessions) {
  std::sort(sessions.begin(), sessions.end(), [](const SessionRecord& a, const SessionRecord& b) {
    if (a.started_utc_ms != b.started_utc_ms) return a.started_utc_ms < b.started_utc_ms;
    return a.id < b.id;
  });
}

const SessionRecord* find_session(const ProgressDoc& doc, std::string_view id) {
  for (const SessionRecord& session : doc.sessions) {
    if (session.id == id) return &session;
  }
  return nullptr;
}

}  // namespace ubr
