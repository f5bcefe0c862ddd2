#include "render/figure_drawing.h"

#include "render/prop_drawing.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace ubr {
namespace {

// One thing to paint, sorted far to near: a bone (line) or the head (disc).
struct Stroke {
  ImVec2 from, to;
  double depth;
  bool head;
  bool working;
};

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

  // 3. Limbs far to near. Depth is normalised over the figure so the cue is the same at any size.
  std::array<Stroke, 40> strokes{};
  std::size_t count = 0;
  double nearest = -1e9, farthest = 1e9;
  for (const Bone& bone : figure_bones()) {
    const ViewPoint a = to_view(camera, pose[bone.from]);
    const ViewPoint b = to_view(camera, pose[bone.to]);
    const double depth = (a.depth + b.depth) * 0.5;
    nearest = std::max(nearest, depth);
    farthest = std::min(farthest, depth);
    strokes[count++] = {project(pose[bone.from]), project(pose[bone.to]), depth, false,
                        is_working(scene, bone.from) && is_working(scene, bone.to)};
  }
  const ViewPoint head_view = to_view(camera, head);
  strokes[count++] = {project(head), project(head), head_view.depth, true, false};
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
    if (s.head) {
      const float radius = static_cast<float>(kHeadRadius) * scale;
      draw_list.AddCircleFilled(s.from, radius, style.background, 32);
      draw_list.AddCircle(s.from, radius, colour, 32, width * 0.9f);
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
