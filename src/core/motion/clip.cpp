#include "core/motion/clip.h"

#include "core/base/json_reader.h"

#include <cmath>
#include <initializer_list>

namespace ubr {
namespace {

constexpr int kSchema = 1;

struct Region {
  const char* name;
  std::initializer_list<Joint> joints;
};

// Regions a motion file may name as working. Bones whose two ends are both in the set are highlighted.
const Region kRegions[] = {
    {"shoulderBlades",
     {Joint::Chest, Joint::LeftShoulder, Joint::RightShoulder, Joint::LeftShoulderBlade, Joint::RightShoulderBlade}},
    {"upperBack", {Joint::SpineMid, Joint::Chest}},
    {"lowerBack", {Joint::Pelvis, Joint::SpineMid}},
    {"neck", {Joint::Chest, Joint::Neck, Joint::Head}},
    {"leftArm", {Joint::LeftShoulder, Joint::LeftElbow, Joint::LeftWrist, Joint::LeftHand, Joint::LeftThumb}},
    {"rightArm", {Joint::RightShoulder, Joint::RightElbow, Joint::RightWrist, Joint::RightHand, Joint::RightThumb}},
};

Vec3 read_vec3(JsonReader& reader, const nlohmann::json& object, std::string_view key, std::string_view path,
               double min, double max) {
  const std::string where = join_path(path, key);
  const nlohmann::json& list = reader.array(object, key, path);
  if (!reader.ok()) return {};
  if (list.size() != 3) {
    reader.fail(where, "expected three numbers [x, y, z]");
    return {};
  }
  double v[3] = {};
  for (std::size_t i = 0; i < 3; ++i) {
    if (!list[i].is_number() || !std::isfinite(list[i].get<double>()) || list[i].get<double>() < min ||
        list[i].get<double>() > max) {
      reader.fail(index_path(where, i), "expected a number from " + std::to_string(static_cast<int>(min)) + " to " +
                                            std::to_string(static_cast<int>(max)));
      return {};
    }
    v[i] = list[i].get<double>();
  }
  return {v[0], v[1], v[2]};
}

// How read_angles takes each angle: as the angle itself, or as a change to add to one (a mistake's "add").
enum class AngleMeaning { Absolute, Change };

// Applies {"leftShoulder": {"flexion": 90}, "knees": {"flexion": 10}, ...} on top of `angles`, checking every
// name and every angle against the range of motion table (a change may span that range either way).
void read_angles(JsonReader& reader, const nlohmann::json& pose, std::string_view path, BodyAngles& angles,
                 AngleMeaning meaning = AngleMeaning::Absolute) {
  if (!pose.is_object()) {
    reader.fail(path, "expected an object of joints");
    return;
  }
  for (auto item = pose.begin(); item != pose.end(); ++item) {
    const std::string& key = item.key();
    const std::string joint_path = join_path(path, key);
    // "shoulders" sets both sides; "leftShoulder" one.
    Channel targets[2] = {};
    std::size_t target_count = 0;
    if (auto channel = channel_named(key)) {
      targets[target_count++] = *channel;
    } else {
      for (std::size_t i = 0; i < kChannelCount; ++i) {
        const ChannelInfo& info = channel_info(static_cast<Channel>(i));
        if (info.both_name != nullptr && key == info.both_name && target_count < 2) {
          targets[target_count++] = static_cast<Channel>(i);
        }
      }
    }
    if (target_count == 0) {
      reader.fail(joint_path, "unknown joint");
      return;
    }
    const nlohmann::json& axes = item.value();
    if (!axes.is_object()) {
      reader.fail(joint_path, "expected an object of angles in degrees");
      return;
    }
    const ChannelInfo& info = channel_info(targets[0]);
    for (auto axis = axes.begin(); axis != axes.end(); ++axis) {
      const std::string axis_path = join_path(joint_path, axis.key());
      std::size_t index = kAxesPerChannel;
      for (std::size_t a = 0; a < kAxesPerChannel; ++a) {
        if (info.axis_names[a] != nullptr && axis.key() == info.axis_names[a]) index = a;
      }
      if (index == kAxesPerChannel) {
        reader.fail(axis_path, "unknown angle for this joint");
        return;
      }
      const nlohmann::json& value = axis.value();
      if (!value.is_number() || !std::isfinite(value.get<double>())) {
        reader.fail(axis_path, "expected an angle in degrees");
        return;
      }
      const double degrees = value.get<double>();
      const AngleRange full = info.range[index];
      const double span = full.max_degrees - full.min_degrees;
      const AngleRange range = meaning == AngleMeaning::Absolute ? full : AngleRange{-span, span};
      if (degrees < range.min_degrees || degrees > range.max_degrees) {
        reader.fail(axis_path, value.dump() + " is outside the human range of motion (" +
                                   std::to_string(static_cast<int>(range.min_degrees)) + " to " +
                                   std::to_string(static_cast<int>(range.max_degrees)) + ")");
        return;
      }
      for (std::size_t t = 0; t < target_count; ++t) angles.at(targets[t], index) = degrees;
    }
  }
}

std::optional<Ease> ease_named(std::string_view name) {
  if (name == "linear") return Ease::Linear;
  if (name == "inOut") return Ease::InOut;
  if (name == "smooth") return Ease::Smooth;
  return std::nullopt;
}

std::optional<PropKind> prop_named(std::string_view name) {
  for (PropKind kind : {PropKind::Wall, PropKind::Chair, PropKind::Floor, PropKind::Pillow}) {
    if (name == prop_name(kind)) return kind;
  }
  return std::nullopt;
}

void read_props(JsonReader& reader, const nlohmann::json& document, Clip& clip) {
  const nlohmann::json& props = reader.array(document, "props", "");
  for (std::size_t i = 0; i < props.size() && reader.ok(); ++i) {
    const std::string path = index_path("props", i);
    const std::string kind_name = reader.text(props[i], "kind", path);
    Prop prop;
    if (reader.ok()) {
      const auto kind = prop_named(kind_name);
      if (!kind) reader.fail(join_path(path, "kind"), "expected wall, chair, floor or pillow");
      if (kind) prop.kind = *kind;
    }
    prop.position = read_vec3(reader, props[i], "position", path, -5, 5);
    prop.size = read_vec3(reader, props[i], "size", path, 0, 5);
    clip.props.push_back(prop);
  }
}

void read_phases(JsonReader& reader, const nlohmann::json& document, Clip& clip) {
  const nlohmann::json& phases = reader.array(document, "phases", "");
  if (reader.ok() && phases.empty()) reader.fail("phases", "needs at least one phase");
  for (std::size_t i = 0; i < phases.size() && reader.ok(); ++i) {
    const std::string path = index_path("phases", i);
    Phase phase;
    phase.name = reader.text(phases[i], "name", path);
    phase.start_seconds = reader.number(phases[i], "start", path, 0, clip.duration_seconds);
    phase.hold = reader.boolean(phases[i], "hold", path);
    phase.working = reader.boolean(phases[i], "working", path);
    if (!reader.ok()) return;
    if (i == 0 && phase.start_seconds != 0) reader.fail(join_path(path, "start"), "the first phase must start at 0");
    if (i > 0 && phase.start_seconds <= clip.phases.back().start_seconds) {
      reader.fail(join_path(path, "start"), "must be later than the previous phase's start");
    }
    if (phase.start_seconds >= clip.duration_seconds) {
      reader.fail(join_path(path, "start"), "must be earlier than the clip's duration");
    }
    clip.phases.push_back(std::move(phase));
  }
}

void read_cycles(JsonReader& reader, const nlohmann::json& document, Clip& clip) {
  if (!has_key(document, "cycles")) return;
  const nlohmann::json& cycles = reader.array(document, "cycles", "");
  if (reader.ok() && cycles.empty()) reader.fail("cycles", "needs at least one start");
  clip.cycle_starts.clear();
  for (std::size_t i = 0; i < cycles.size() && reader.ok(); ++i) {
    const std::string path = index_path("cycles", i);
    if (!cycles[i].is_number()) {
      reader.fail(path, "expected a time in seconds");
      return;
    }
    const double start = cycles[i].get<double>();
    if (i == 0 && start != 0) reader.fail(path, "the first cycle must start at 0");
    if (i > 0 && !(start > clip.cycle_starts.back()))
      reader.fail(path, "must be later than the previous cycle's start");
    if (!(start < clip.duration_seconds)) reader.fail(path, "must be earlier than the clip's duration");
    clip.cycle_starts.push_back(start);
  }
}

void read_keyframes(JsonReader& reader, const nlohmann::json& document, const BodyAngles& start, Clip& clip) {
  const nlohmann::json& keyframes = reader.array(document, "keyframes", "");
  if (reader.ok() && keyframes.size() < 2) reader.fail("keyframes", "needs at least two keyframes");
  for (std::size_t i = 0; i < keyframes.size() && reader.ok(); ++i) {
    const std::string path = index_path("keyframes", i);
    Keyframe keyframe;
    keyframe.time_seconds = reader.number(keyframes[i], "time", path, 0, clip.duration_seconds);
    const std::string ease = reader.text(keyframes[i], "ease", path);
    if (!reader.ok()) return;
    if (auto parsed = ease_named(ease)) {
      keyframe.ease = *parsed;
    } else {
      reader.fail(join_path(path, "ease"), "expected linear, inOut or smooth");
      return;
    }
    if (i == 0 && keyframe.time_seconds != 0) reader.fail(join_path(path, "time"), "the first keyframe must be at 0");
    if (i > 0 && keyframe.time_seconds <= clip.keyframes.back().time_seconds) {
      reader.fail(join_path(path, "time"), "must be later than the previous keyframe");
    }
    if (keyframe.time_seconds >= clip.duration_seconds) {
      reader.fail(join_path(path, "time"), "must be earlier than the clip's duration (the loop returns to keyframe 0)");
    }
    // Each keyframe is the starting position plus the joints it names, so keyframes read on their own.
    keyframe.angles = start;
    read_angles(reader, reader.object(keyframes[i], "pose", path), join_path(path, "pose"), keyframe.angles);
    clip.keyframes.push_back(keyframe);
  }
}

ClipView read_view(JsonReader& reader, const nlohmann::json& parent, std::string_view path) {
  const std::string where = join_path(path, "view");
  const nlohmann::json& json = reader.object(parent, "view", path);
  ClipView view;
  view.yaw_degrees = reader.number(json, "yaw", where, -180, 180);
  view.pitch_degrees = reader.number(json, "pitch", where, -89, 89);
  view.target = read_vec3(reader, json, "target", where, -3, 3);
  view.frame_metres = reader.number(json, "frame", where, 0.5, 5);
  return view;
}

// The mistake: its words, and the clip's keyframes with its change added, each angle still in the human range. The
// change goes into the keyframes that move away from the starting position, not those at it (unless "throughout"):
// a mistake is made in the movement (the head lifts as the arm reaches), and the figure still starts and rests where
// the right way does.
void read_mistake(JsonReader& reader, const nlohmann::json& document, const BodyAngles& start, Clip& clip) {
  if (!has_key(document, "mistake")) return;
  const nlohmann::json& json = reader.object(document, "mistake", "");
  Mistake mistake;
  mistake.name = reader.text(json, "name", "mistake");
  mistake.advice = reader.text(json, "advice", "mistake");
  mistake.fails = reader.text(json, "fails", "mistake");
  if (reader.ok() && has_key(json, "view")) mistake.view = read_view(reader, json, "mistake");
  // A clip that passes through its starting position on every cycle (the shoulder roll's circles) keeps the mistake
  // throughout, or the mistaken joints would bounce back to the right way once a cycle.
  const bool throughout = reader.ok() && has_key(json, "throughout") && reader.boolean(json, "throughout", "mistake");
  BodyAngles change;
  if (reader.ok())
    read_angles(reader, reader.object(json, "add", "mistake"), "mistake.add", change, AngleMeaning::Change);
  if (!reader.ok()) return;
  for (std::size_t k = 0; k < clip.keyframes.size() && reader.ok(); ++k) {
    Keyframe keyframe = clip.keyframes[k];
    if (!throughout && keyframe.angles.degrees == start.degrees) {
      mistake.keyframes.push_back(keyframe);
      continue;
    }
    for (std::size_t c = 0; c < kChannelCount; ++c) {
      const ChannelInfo& info = channel_info(static_cast<Channel>(c));
      for (std::size_t axis = 0; axis < kAxesPerChannel && reader.ok(); ++axis) {
        double& degrees = keyframe.angles.degrees[c][axis];
        degrees += change.degrees[c][axis];
        if (degrees < info.range[axis].min_degrees || degrees > info.range[axis].max_degrees) {
          reader.fail(
              join_path(join_path("mistake.add", info.name), info.axis_names[axis] ? info.axis_names[axis] : ""),
              "takes keyframes[" + std::to_string(k) + "] outside the human range of motion");
        }
      }
    }
    mistake.keyframes.push_back(keyframe);
  }
  if (reader.ok()) clip.mistake = std::move(mistake);
}

}  // namespace

std::optional<Clip> mistake_clip(const Clip& clip) {
  if (!clip.mistake) return std::nullopt;
  Clip wrong = clip;
  wrong.keyframes = clip.mistake->keyframes;
  wrong.mistake.reset();
  return wrong;
}

const char* prop_name(PropKind kind) {
  switch (kind) {
    case PropKind::Wall:
      return "wall";
    case PropKind::Chair:
      return "chair";
    case PropKind::Floor:
      return "floor";
    case PropKind::Pillow:
      return "pillow";
  }
  return "unknown";
}

ClipParse parse_clip(std::string_view json_text, std::string_view exercise_id) {
  JsonReader reader{"motion for '" + std::string(exercise_id) + "'"};
  const nlohmann::json document = reader.parse(json_text);
  if (!reader.ok()) return {std::nullopt, reader.error()};

  Clip clip;
  clip.exercise_id = std::string(exercise_id);
  reader.whole_number(document, "schema", "", kSchema, kSchema);
  const std::string named = reader.text(document, "exercise", "");
  if (reader.ok() && named != exercise_id) reader.fail("exercise", "names '" + named + "', not this exercise");
  clip.duration_seconds = reader.number(document, "duration", "", 0.5, 120);
  clip.per_side = reader.boolean(document, "perSide", "");

  const nlohmann::json& root = reader.object(document, "start", "");
  clip.root.position = read_vec3(reader, root, "pelvis", "start", -3, 3);
  clip.root.pitch_degrees = reader.number(root, "pitch", "start", -180, 180);
  clip.root.yaw_degrees = reader.number(root, "yaw", "start", -180, 180);
  clip.root.roll_degrees = reader.number(root, "roll", "start", -180, 180);
  BodyAngles start;
  if (reader.ok()) read_angles(reader, reader.object(root, "pose", "start"), "start.pose", start);

  clip.view = read_view(reader, document, "");

  const nlohmann::json& working = reader.array(document, "working", "");
  for (std::size_t i = 0; i < working.size() && reader.ok(); ++i) {
    const Region* found = nullptr;
    for (const Region& region : kRegions) {
      if (working[i].is_string() && working[i].get<std::string>() == region.name) found = &region;
    }
    if (found == nullptr) {
      reader.fail(index_path("working", i), "expected shoulderBlades, upperBack, lowerBack, neck, leftArm or rightArm");
      break;
    }
    for (Joint joint : found->joints) clip.working_joints[static_cast<std::size_t>(joint)] = true;
  }

  if (reader.ok() && has_key(document, "paths")) {
    const nlohmann::json& paths = reader.array(document, "paths", "");
    for (std::size_t i = 0; i < paths.size() && reader.ok(); ++i) {
      std::optional<Joint> found;
      for (std::size_t j = 0; j < kJointCount; ++j) {
        if (paths[i].is_string() && paths[i].get<std::string>() == joint_name(static_cast<Joint>(j)))
          found = static_cast<Joint>(j);
      }
      if (!found) reader.fail(index_path("paths", i), "expected a joint's name, such as leftWrist");
      if (found) clip.path_joints.push_back(*found);
    }
  }
  if (reader.ok()) read_props(reader, document, clip);
  if (reader.ok()) read_phases(reader, document, clip);
  if (reader.ok()) read_cycles(reader, document, clip);
  if (reader.ok()) read_keyframes(reader, document, start, clip);
  if (reader.ok()) read_mistake(reader, document, start, clip);
  if (!reader.ok()) return {std::nullopt, reader.error()};
  return {std::move(clip), {}};
}

}  // namespace ubr
