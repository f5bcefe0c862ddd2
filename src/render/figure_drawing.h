#pragma once
// Draws a Pose as a stick figure into an ImGui draw list, fitted into a rectangle.
#include "core/pose.h"
#include "render/camera.h"

#include <imgui.h>

namespace ubr {

struct FigureColors {
  ImU32 limb;
  ImU32 joint;
  ImU32 floor;
};

void draw_figure(ImDrawList& draw_list, const Pose& pose, const Camera& camera, ImVec2 top_left, ImVec2 size,
                 const FigureColors& colors);

}  // namespace ubr
