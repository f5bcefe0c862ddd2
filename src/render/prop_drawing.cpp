#include "render/prop_drawing.h"

#include <algorithm>
#include <array>

namespace ubr {
namespace {

ImU32 faded(ImU32 colour, float alpha) {
  ImVec4 c = ImGui::ColorConvertU32ToFloat4(colour);
  c.w *= alpha;
  return ImGui::ColorConvertFloat4ToU32(c);
}

// An axis-aligned box from its bottom-face centre and size; faces far to near, translucent, with edges.
void draw_box(ImDrawList& draw_list, const Projector& project, Vec3 bottom_centre, Vec3 size, ImU32 colour,
              float fill_alpha) {
  const double x0 = bottom_centre.x - size.x / 2, x1 = bottom_centre.x + size.x / 2;
  const double y0 = bottom_centre.y, y1 = bottom_centre.y + size.y;
  const double z0 = bottom_centre.z - size.z / 2, z1 = bottom_centre.z + size.z / 2;
  const std::array<Vec3, 8> corners = {
      {{x0, y0, z0}, {x1, y0, z0}, {x1, y1, z0}, {x0, y1, z0}, {x0, y0, z1}, {x1, y0, z1}, {x1, y1, z1}, {x0, y1, z1}}};
  constexpr int kFaces[6][4] = {{0, 1, 2, 3}, {4, 5, 6, 7}, {0, 1, 5, 4}, {3, 2, 6, 7}, {0, 3, 7, 4}, {1, 2, 6, 5}};
  struct Face {
    int index;
    double depth;
  };
  std::array<Face, 6> faces{};
  for (int f = 0; f < 6; ++f) {
    double depth = 0;
    for (int k : kFaces[f]) depth += to_view(project.camera, corners[static_cast<std::size_t>(k)]).depth;
    faces[static_cast<std::size_t>(f)] = {f, depth};
  }
  std::sort(faces.begin(), faces.end(), [](const Face& a, const Face& b) { return a.depth < b.depth; });
  for (const Face& face : faces) {
    ImVec2 points[4];
    for (int k = 0; k < 4; ++k) points[k] = project(corners[static_cast<std::size_t>(kFaces[face.index][k])]);
    draw_list.AddConvexPolyFilled(points, 4, faded(colour, fill_alpha));
    draw_list.AddPolyline(points, 4, faded(colour, 0.7f), ImDrawFlags_Closed, 1.2f);
  }
}

}  // namespace

void draw_floor(ImDrawList& draw_list, const Projector& project, ImU32 colour) {
  // A floor patch around the figure, faint enough to read as ground, never as an object.
  const Vec3 c = project.camera.target;
  const double r = 1.1;
  const ImVec2 points[4] = {project({c.x - r, 0, c.z - r}), project({c.x + r, 0, c.z - r}),
                            project({c.x + r, 0, c.z + r}), project({c.x - r, 0, c.z + r})};
  draw_list.AddConvexPolyFilled(points, 4, faded(colour, 0.18f));
  draw_list.AddPolyline(points, 4, faded(colour, 0.5f), ImDrawFlags_Closed, 1.0f);
}

void draw_prop(ImDrawList& draw_list, const Projector& project, const Prop& prop, ImU32 colour) {
  switch (prop.kind) {
    case PropKind::Wall:
      // The position is the face the figure touches; the wall extends away from it.
      draw_box(draw_list, project, {prop.position.x, prop.position.y, prop.position.z - prop.size.z / 2}, prop.size,
               colour, 0.22f);
      break;
    case PropKind::Floor:
      draw_box(draw_list, project, prop.position, prop.size, colour, 0.35f);
      break;
    case PropKind::Pillow:
      draw_box(draw_list, project, prop.position, prop.size, colour, 0.45f);
      break;
    case PropKind::Chair: {
      // Four legs, a seat and a low back at the rear edge.
      const Vec3 p = prop.position, s = prop.size;
      const double seat_thickness = 0.05, leg = 0.035;
      for (double dx : {-1.0, 1.0}) {
        for (double dz : {-1.0, 1.0}) {
          draw_box(draw_list, project, {p.x + dx * (s.x / 2 - leg), 0, p.z + dz * (s.z / 2 - leg)},
                   {leg, s.y - seat_thickness, leg}, colour, 0.5f);
        }
      }
      draw_box(draw_list, project, {p.x, p.y + s.y - seat_thickness, p.z}, {s.x, seat_thickness, s.z}, colour, 0.4f);
      draw_box(draw_list, project, {p.x, p.y + s.y, p.z - s.z / 2 + 0.02}, {s.x, 0.38, 0.03}, colour, 0.3f);
      break;
    }
  }
}

}  // namespace ubr
