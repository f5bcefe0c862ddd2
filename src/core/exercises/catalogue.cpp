#include "core/exercises/catalogue.h"

#include "core/base/json_reader.h"

#include <set>

namespace ubr {

const Exercise* Catalogue::find(std::string_view id) const {
  for (const Exercise& exercise : exercises) {
    if (exercise.id == id) return &exercise;
  }
  return nullptr;
}

namespace {
constexpr int kSupportedSchema = 1;

bool is_valid_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

Dosage read_dosage(JsonReader& reader, const nlohmann::json& exercise, const std::string& path) {
  const std::string dosage_path = join_path(path, "dosage");
  const nlohmann::json& json = reader.object(exercise, "dosage", path);
  Dosage dosage;
  dosage.reps = reader.whole_number(json, kRepsKey, dosage_path, 1, kMaxCatalogueReps);
  dosage.sets = reader.whole_number(json, kSetsKey, dosage_path, 1, kMaxCatalogueSets);
  dosage.hold_seconds = reader.number(json, kHoldSecondsKey, dosage_path, 0, kMaxCatalogueHoldSeconds);
  dosage.per_side = reader.boolean(json, kPerSideKey, dosage_path);
  return dosage;
}

Exercise read_exercise(JsonReader& reader, const nlohmann::json& json, const std::string& path) {
  Exercise exercise;
  exercise.id = reader.text(json, "id", path);
  if (reader.ok() && !is_valid_id(exercise.id)) {
    reader.fail(join_path(path, "id"), "use lower-case letters, digits and '-' only");
  }
  exercise.name = reader.text(json, "name", path);
  exercise.position = reader.text(json, "position", path);
  exercise.summary = reader.text(json, "summary", path);
  const nlohmann::json& steps = reader.array(json, "steps", path);
  if (reader.ok() && steps.empty()) reader.fail(join_path(path, "steps"), "must list at least one step");
  for (std::size_t i = 0; i < steps.size() && reader.ok(); ++i) {
    if (!steps[i].is_string() || steps[i].get<std::string>().empty()) {
      reader.fail(index_path(join_path(path, "steps"), i), "expected non-empty text");
    } else {
      exercise.steps.push_back(steps[i].get<std::string>());
    }
  }
  exercise.dosage = read_dosage(reader, json, path);
  exercise.caution = reader.text(json, "caution", path, /*allow_empty=*/true);
  return exercise;
}
}  // namespace

CatalogueParse parse_catalogue(std::string_view json_text, std::string_view file_name) {
  JsonReader reader{std::string(file_name)};
  const nlohmann::json document = reader.parse(json_text);
  if (!reader.ok()) return {std::nullopt, reader.error()};

  const int schema = reader.whole_number(document, "schema", "", 1, 1000);
  if (reader.ok() && schema != kSupportedSchema) {
    reader.fail("schema", "version " + std::to_string(schema) + " is not supported (expected " +
                              std::to_string(kSupportedSchema) + ")");
  }
  const nlohmann::json& list = reader.array(document, "exercises", "");
  if (reader.ok() && list.empty()) reader.fail("exercises", "must list at least one exercise");

  Catalogue catalogue;
  std::set<std::string> seen_ids;
  for (std::size_t i = 0; i < list.size() && reader.ok(); ++i) {
    const std::string path = index_path("exercises", i);
    Exercise exercise = read_exercise(reader, list[i], path);
    if (reader.ok() && !seen_ids.insert(exercise.id).second) {
      reader.fail(join_path(path, "id"), "duplicate id '" + exercise.id + "'");
    }
    catalogue.exercises.push_back(std::move(exercise));
  }
  if (!reader.ok()) return {std::nullopt, reader.error()};
  return {std::move(catalogue), {}};
}

std::string describe_dosage(const Dosage& dosage) {
  auto format_seconds = [](double seconds) {
    const auto whole = static_cast<long long>(seconds);
    if (static_cast<double>(whole) == seconds) return std::to_string(whole);
    std::string text = std::to_string(seconds);
    text.erase(text.find_last_not_of('0') + 1);
    return text;
  };
  std::string text;
  if (dosage.hold_seconds > 0) {
    text = "Hold " + format_seconds(dosage.hold_seconds) + " s \xC3\x97 " + std::to_string(dosage.reps);
  } else {
    text = std::to_string(dosage.reps) + " reps";
  }
  if (dosage.sets > 1) text = std::to_string(dosage.sets) + " sets \xC3\x97 " + text;
  if (dosage.per_side) text += " per arm";
  return text;
}

}  // namespace ubr
