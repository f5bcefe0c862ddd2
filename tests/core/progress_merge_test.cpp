#include "core/progress/document.h"
#include "core/progress/merge.h"
#include "progress_test_util.h"

#include <catch2/catch.hpp>

using namespace ubr;
using ubr::test::doc_with;
using ubr::test::session_on;

namespace {
std::string text(const ProgressDoc& doc) {
  return progress_to_json(doc, "t");
}
}  // namespace

TEST_CASE("merging is a union by id: commutative, idempotent, without duplicates") {
  const ProgressDoc a = doc_with({session_on("s-1", "2026-11-01"), session_on("s-2", "2026-11-02")});
  const ProgressDoc b = doc_with({session_on("s-2", "2026-11-02"), session_on("s-3", "2026-10-30")});
  const ProgressDoc ab = merge_progress(a, b);
  REQUIRE(ab.sessions.size() == 3);
  CHECK(ab.sessions[0].id == "s-3");  // oldest first
  CHECK(ab.sessions[2].id == "s-2");
  CHECK(text(ab) == text(merge_progress(b, a)));
  CHECK(text(merge_progress(ab, ab)) == text(ab));
  CHECK(text(merge_progress(ab, a)) == text(ab));
  CHECK(text(merge_progress(merge_progress(a, b), b)) == text(ab));
  CHECK(text(merge_progress(a, ProgressDoc{})) == text(a));
}

TEST_CASE("where both hold a session, the later edit wins, whichever side it is on") {
  SessionRecord plain = session_on("s-1", "2026-11-01");
  SessionRecord annotated = plain;
  annotated.pain_after = 6;
  annotated.revision = 1;
  const ProgressDoc a = doc_with({plain});
  const ProgressDoc b = doc_with({annotated});
  CHECK(merge_progress(a, b).sessions[0].pain_after == 6);
  CHECK(merge_progress(b, a).sessions[0].pain_after == 6);
  // Same revision, different content (two tabs edited at once): a fixed choice, the same from either side.
  SessionRecord other = plain;
  other.note = "other tab";
  CHECK(text(merge_progress(a, doc_with({other}))) == text(merge_progress(doc_with({other}), a)));
}

TEST_CASE("the weekly goal follows the later change") {
  ProgressDoc a;
  ProgressDoc b;
  b.goal = {5, 1};
  CHECK(merge_progress(a, b).goal.sessions_per_week == 5);
  CHECK(merge_progress(b, a).goal.sessions_per_week == 5);
}

TEST_CASE("a reset or replacement (higher epoch) is not undone by merging with older data") {
  const ProgressDoc old_data = doc_with({session_on("s-1", "2026-11-01"), session_on("s-2", "2026-11-02")});
  const ProgressDoc after_reset = doc_with({}, 1);
  CHECK(merge_progress(old_data, after_reset).sessions.empty());
  CHECK(merge_progress(after_reset, old_data).sessions.empty());
  CHECK(merge_progress(after_reset, old_data).epoch == 1);
}

TEST_CASE("a merging import adds the backup's sessions whatever its epoch") {
  const ProgressDoc current = doc_with({session_on("s-1", "2026-11-01")}, 2);
  const ProgressDoc backup = doc_with({session_on("s-1", "2026-11-01"), session_on("s-9", "2025-01-01")}, 0);
  const ProgressDoc merged = merge_backup(current, backup);
  CHECK(merged.sessions.size() == 2);
  CHECK(merged.epoch == 2);
}

TEST_CASE("merging with stored text: absent, equal, other tab's, unreadable") {
  const ProgressDoc ours = doc_with({session_on("s-1", "2026-11-01")});
  const StoredMerge nothing = merge_with_stored(ours, std::nullopt);
  REQUIRE(nothing.doc.has_value());
  CHECK_FALSE(nothing.stored_matches);

  CHECK(merge_with_stored(ours, text(ours)).stored_matches);

  const ProgressDoc theirs = doc_with({session_on("s-2", "2026-11-02")});
  const StoredMerge both = merge_with_stored(ours, text(theirs));
  REQUIRE(both.doc.has_value());
  CHECK(both.doc->sessions.size() == 2);
  CHECK_FALSE(both.stored_matches);

  const StoredMerge broken = merge_with_stored(ours, std::string("{\"schema\":2,"));
  CHECK_FALSE(broken.doc.has_value());
  CHECK(broken.error == "stored progress: not valid JSON");
  const StoredMerge newer = merge_with_stored(ours, std::string(R"({"schema":7})"));
  CHECK(newer.newer_schema);
}
