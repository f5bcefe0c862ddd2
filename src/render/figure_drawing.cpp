#include "render/figure_drawing.h"

#include <algorithm>
#include <array>

namespace ubr {
namespace {
constexpr float kViewHeightMetres = 2.1f;  // a standing adult plus a little room above and below

struct Stroke {
  ImVec2 from, to;
  double depth;
};
}  // namespace

void draw_figure(ImDrawList& draw_list, const Pose& pose, const Camera& camera, ImVec2 top_left, ImVec2 size,
                 const FigureColors& colors) {
  const float scale = std::min(size.y / kViewHeightMetres, size.x / 1.6f);
  const ImVec2 centre{top_left.x + size.x * 0.5f, top_left.y + size.y * 0.5f};
  auto to_screen = [&](const ViewPoint& v) {
    return ImVec2{centre.x + static_cast<float>(v.x) * scale, centre.y - static_cast<float>(v.y) * scale};
  };

  // Floor: a line through the ground point under the target.
  const ViewPoint floor_left = to_view(camera, {-0.6, 0, 0});
  const ViewPoint floor_right = to_view(camera, {0.6, 0, 0});
  draw_list.AddLine(to_screen(floor_left), to_screen(floor_right), colors.floor, 2.0f);

  // Far bones first so nearer ones cover them.
  std::array<Stroke, 32> strokes{};
  std::size_t count = 0;
  for (const Bone& bone : figure_bones()) {
    const ViewPoint a = to_view(camera, pose[bone.from]);
    const ViewPoint b = to_view(camera, pose[bone.to]);
    strokes[count++] = {to_screen(a), to_screen(b), (a.depth + b.depth) * 0.5};
  }
  std::sort(strokes.begin(), strokes.begin() + static_cast<std::ptrdiff_t>(count),
            [](const Stroke& l, const Stroke& r) { return l.depth < r.depth; });
  const float thickness = std::max(2.0f, scale * 0.035f);
  for (std::size_t i = 0; i < count; ++i) {
    draw_list.AddLine(strokes[i].from, strokes[i].to, colors.limb, thickness);
    draw_list.AddCircleFilled(strokes[i].to, thickness * 0.75f, colors.joint);
  }
  const ImVec2 head = to_screen(to_view(camera, pose[Joint::Head]));
  draw_list.AddCircleFilled(head, scale * 0.11f, colors.limb, 32);
}

}  // namespace ubr
