#pragma once
// Floor and props (wall, chair, mat, pillow) as translucent boxes under the figure.
#include "core/motion/clip.h"
#include "render/camera.h"

#include <imgui.h>

namespace ubr {

// World point -> screen pixel for one view.
struct Projector {
  Camera camera;
  ImVec2 centre;
  float scale;  // pixels per metre

  ImVec2 operator()(Vec3 world) const {
    const ViewPoint v = to_view(camera, world);
    return {centre.x + static_cast<float>(v.x) * scale, centre.y - static_cast<float>(v.y) * scale};
  }
};

void draw_floor(ImDrawList& draw_list, const Projector& project, ImU32 colour);
void draw_prop(ImDrawList& draw_list, const Projector& project, const Prop& prop, ImU32 colour);

}  // namespace ubr
