#include "render/figure_drawing.h"

#include "render/prop_drawing.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace ubr {
namespace {

enum class StrokeKind : unsigned char { Bone, Spine, Blade, Head };

// One thing to paint, sorted far to near: a bone or a piece of the spine (line), a shoulder blade (triangle from,
// to, third) or the head (disc at from).
struct Stroke {
  ImVec2 from, to, third;
  double depth;
  StrokeKind kind;
  bool working;
};

// Points along the spine between joints b and c (with neighbours a and d), Catmull-Rom, so the back reads as one
// curve: a curl rounds it, an arch hollows it.
constexpr int kSpinePieces = 4;
Vec3 spine_point(Vec3 a, Vec3 b, Vec3 c, Vec3 d, double u) {
  const double u2 = u * u, u3 = u2 * u;
  return (b * 2.0 + (c - a) * u + (a * 2.0 - b * 5.0 + c * 4.0 - d) * u2 + (b * 3.0 - a - c * 3.0 + d) * u3) * 0.5;
}

bool is_spine(const Bone& bone) {
  return (bone.from == Joint::Pelvis && bone.to == Joint::SpineMid) ||
         (bone.from == Joint::SpineMid && bone.to == Joint::Chest) ||
         (bone.from == Joint::Chest && bone.to == Joint::Neck);
}

bool is_blade(const Bone& bone) {
  return bone.to == Joint::LeftShoulderBlade || bone.to == Joint::RightShoulderBlade;
}

ImU32 blend(ImU32 a, ImU32 b, float t) {
  const ImVec4 ca = ImGui::ColorConvertU32ToFloat4(a), cb = ImGui::ColorConvertU32ToFloat4(b);
  return ImGui::ColorConvertFloat4ToU32(
      {ca.x + (cb.x - ca.x) * t, ca.y + (cb.y - ca.y) * t, ca.z + (cb.z - ca.z) * t, ca.w + (cb.w - ca.w) * t});
}

ImU32 with_alpha(ImU32 colour, float alpha) {
  ImVec4 c = ImGui::ColorConvertU32ToFloat4(colour);
  c.w *= alpha;
  return ImGui::ColorConvertFloat4ToU32(c);
}

bool is_working(const FigureScene& scene, Joint joint) {
  return scene.working != nullptr && (*scene.working)[static_cast<std::size_t>(joint)];
}

// A path as a faint line, and at the joint's place now a small arrowhead along the way it is going (a dot while the
// joint is still).
void draw_path(ImDrawList& draw_list, const Projector& project, const MotionPath& path, const FigureScene& scene,
               ImU32 colour, float thickness) {
  const std::size_t n = path.points.size();
  if (n < 3) return;
  const auto at = [&](std::size_t i) {
    Vec3 p = path.points[i % n];
    if (scene.mirrored) p.x = -p.x;
    return project(p);
  };
  const ImU32 faint = with_alpha(colour, 0.45f);
  std::array<ImVec2, kPathSamples> projected{};
  const std::size_t count = std::min(n, kPathSamples);
  for (std::size_t i = 0; i < count; ++i) projected[i] = at(i);
  draw_list.AddPolyline(projected.data(), static_cast<int>(count), faint, ImDrawFlags_Closed, thickness * 0.45f);
  const double fraction = std::clamp(scene.path_fraction, 0.0, 1.0);
  const std::size_t now = std::min(n - 1, static_cast<std::size_t>(fraction * static_cast<double>(n)));
  const ImVec2 here = at(now), ahead = at(now + 3);
  const float dx = ahead.x - here.x, dy = ahead.y - here.y;
  const float length = std::sqrt(dx * dx + dy * dy);
  if (length < thickness * 0.6f) {
    draw_list.AddCircleFilled(here, thickness * 0.55f, faint, 12);
    return;
  }
  const float ux = dx / length, uy = dy / length, size = thickness * 1.6f;
  const ImVec2 tip{here.x + ux * size, here.y + uy * size};
  draw_list.AddTriangleFilled(tip, {here.x - uy * size * 0.6f, here.y + ux * size * 0.6f},
                              {here.x + uy * size * 0.6f, here.y - ux * size * 0.6f}, with_alpha(colour, 0.8f));
}

}  // namespace

void draw_figure(ImDrawList& draw_list, const Pose& pose, const Camera& camera, ImVec2 top_left, ImVec2 size,
                 const FigureStyle& style, const FigureScene& scene) {
  const float scale = std::min(size.y, size.x * 1.15f) / static_cast<float>(camera.frame_metres);
  const ImVec2 centre{top_left.x + size.x * 0.5f, top_left.y + size.y * 0.5f};
  const Projector project{camera, centre, scale};
  draw_list.PushClipRect(top_left, {top_left.x + size.x, top_left.y + size.y}, true);

  // 1. Floor and props, behind everything.
  draw_floor(draw_list, project, style.floor);
  for (const Prop& prop : scene.props) draw_prop(draw_list, project, prop, style.floor);

  // 2. A soft shadow: every bone flattened onto the floor, wide and faint, so overlaps darken like a real one.
  const float thickness = std::max(2.5f, scale * 0.032f);
  const ImU32 shadow = with_alpha(IM_COL32(0, 0, 0, 255), 0.06f);
  for (const Bone& bone : figure_bones()) {
    const Vec3 a = pose[bone.from], b = pose[bone.to];
    draw_list.AddLine(project({a.x, 0, a.z}), project({b.x, 0, b.z}), shadow, thickness * 3.0f);
  }
  const Vec3 head = pose[Joint::Head];
  draw_list.AddCircleFilled(project({head.x, 0, head.z}), static_cast<float>(kHeadRadius) * scale, shadow, 24);

  // 3. The moving joints' paths, faint, with an arrow at where the joint is now pointing the way it goes.
  for (const MotionPath& path : scene.paths) draw_path(draw_list, project, path, scene, style.highlight, thickness);

  // 4. Limbs far to near. Depth is normalised over the figure so the cue is the same at any size.
  std::array<Stroke, 48> strokes{};
  std::size_t count = 0;
  double nearest = -1e9, farthest = 1e9;
  const auto add = [&](Stroke stroke, Vec3 a, Vec3 b) {
    stroke.depth = (to_view(camera, a).depth + to_view(camera, b).depth) * 0.5;
    nearest = std::max(nearest, stroke.depth);
    farthest = std::min(farthest, stroke.depth);
    strokes[count++] = stroke;
  };
  const Vec3 up = normalized(pose[Joint::Chest] - pose[Joint::SpineMid]);
  const Vec3 shoulders = pose[Joint::LeftShoulder] - pose[Joint::RightShoulder];
  const Vec3 across = normalized(shoulders - up * dot(shoulders, up));  // the back's left, square to the spine
  for (const Bone& bone : figure_bones()) {
    const bool working = is_working(scene, bone.from) && is_working(scene, bone.to);
    if (is_blade(bone)) {
      // The blade as a flat triangle lying on the back: its inner edge up and down beside the spine, its outer corner
      // toward the shoulder, so a squeeze brings two shapes together and a shrug lifts them.
      const Vec3 blade = pose[bone.to];
      const double side = bone.to == Joint::LeftShoulderBlade ? 1.0 : -1.0;
      const Vec3 top = blade + up * 0.075, bottom = blade - up * 0.085;
      const Vec3 outer = blade + across * (0.085 * side) + up * 0.04;
      add({project(top), project(bottom), project(outer), 0, StrokeKind::Blade, working}, top, bottom);
      continue;
    }
    if (is_spine(bone)) continue;
    add({project(pose[bone.from]), project(pose[bone.to]), {}, 0, StrokeKind::Bone, working}, pose[bone.from],
        pose[bone.to]);
  }
  const Joint spine[] = {Joint::Pelvis, Joint::SpineMid, Joint::Chest, Joint::Neck};
  for (std::size_t i = 0; i + 1 < std::size(spine); ++i) {
    const Vec3 b = pose[spine[i]], c = pose[spine[i + 1]];
    const Vec3 a = i == 0 ? b * 2.0 - c : pose[spine[i - 1]];
    const Vec3 d = i + 2 < std::size(spine) ? pose[spine[i + 2]] : c * 2.0 - b;
    const bool working = is_working(scene, spine[i]) && is_working(scene, spine[i + 1]);
    Vec3 previous = b;
    for (int piece = 1; piece <= kSpinePieces; ++piece) {
      const Vec3 next = spine_point(a, b, c, d, static_cast<double>(piece) / kSpinePieces);
      add({project(previous), project(next), {}, 0, StrokeKind::Spine, working}, previous, next);
      previous = next;
    }
  }
  const ViewPoint head_view = to_view(camera, head);
  strokes[count++] = {project(head), project(head), {}, head_view.depth, StrokeKind::Head, false};
  std::sort(strokes.begin(), strokes.begin() + static_cast<std::ptrdiff_t>(count),
            [](const Stroke& l, const Stroke& r) { return l.depth < r.depth; });

  const double span = std::max(0.05, nearest - farthest);
  for (std::size_t i = 0; i < count; ++i) {
    const Stroke& s = strokes[i];
    const float nearness = static_cast<float>(std::clamp((s.depth - farthest) / span, 0.0, 1.0));
    // Far limbs are thinner and fade 35% toward the background; near ones are full strength.
    const float width = thickness * (0.8f + 0.35f * nearness);
    const ImU32 base = s.working ? style.highlight : style.limb;
    const ImU32 colour = blend(base, style.background, 0.35f * (1.0f - nearness));
    if (s.kind == StrokeKind::Head) {
      const float radius = static_cast<float>(kHeadRadius) * scale;
      draw_list.AddCircleFilled(s.from, radius, style.background, 32);
      draw_list.AddCircle(s.from, radius, colour, 32, width * 0.9f);
      continue;
    }
    if (s.kind == StrokeKind::Blade) {
      draw_list.AddTriangleFilled(s.from, s.to, s.third, with_alpha(colour, 0.55f));
      draw_list.AddTriangle(s.from, s.to, s.third, colour, width * 0.45f);
      continue;
    }
    if (s.kind == StrokeKind::Spine) {
      // One continuous line: round caps hide the joins between pieces.
      const float spine_width = (s.working ? 1.25f : 1.0f) * width * 1.2f;
      draw_list.AddLine(s.from, s.to, colour, spine_width);
      draw_list.AddCircleFilled(s.to, spine_width * 0.5f, colour, 12);
      continue;
    }
    draw_list.AddLine(s.from, s.to, colour, s.working ? width * 1.25f : width);
    draw_list.AddCircleFilled(s.from, width * 0.62f, blend(style.joint, style.background, 0.3f * (1.0f - nearness)));
    draw_list.AddCircleFilled(s.to, width * 0.62f, blend(style.joint, style.background, 0.3f * (1.0f - nearness)));
  }
  // The face: a dot at the nose shows which way the head looks (toward the navel in a curl, down when prone).
  draw_list.AddCircleFilled(project(pose[Joint::Nose]), thickness * 0.7f, style.limb);
  draw_list.PopClipRect();
}

}  // namespace ubr
