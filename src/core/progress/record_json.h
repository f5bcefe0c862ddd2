#pragma once
// One session in the stored document's compact form, read with every field checked (see progress_json.h).
#include "core/base/json_reader.h"
#include "core/session/record.h"

#include <cstdint>
#include <nlohmann/json.hpp>

namespace ubr {

nlohmann::json session_to_json(const SessionRecord& session);

// Reads one compact session; problems are recorded in `reader`.
SessionRecord read_session(JsonReader& reader, const nlohmann::json& json, const std::string& path,
                           std::int64_t latest_start_utc_ms);

// The form the automation interface and schema 1 used: readable key names ("startedAt", "exercises": [{...}]).
// Converted key by key into the compact form; unknown keys are carried over so the reader reports them.
nlohmann::json verbose_session_to_compact(const nlohmann::json& verbose);

}  // namespace ubr
