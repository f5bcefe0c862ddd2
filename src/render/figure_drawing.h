#pragma once
// Draws a Pose as a stick figure into an ImGui draw list, fitted into a rectangle: floor, soft shadow, props, the
// moving joints' paths, then limbs from far to near (nearer ones slightly thicker and stronger), the spine as one
// smooth curve, the shoulder blades as shapes on the back, joints as dots, the working region highlighted.
// Stateless; the exercise screen, the home cards and the guided session all call it.
#include "core/motion/clip.h"
#include "core/motion/paths.h"
#include "core/motion/pose.h"
#include "render/camera.h"

#include <imgui.h>

#include <array>
#include <span>

namespace ubr {

struct FigureStyle {
  ImU32 limb;        // the figure's lines
  ImU32 joint;       // joint dots
  ImU32 floor;       // floor line and prop edges
  ImU32 background;  // what far limbs fade toward
  ImU32 highlight;   // the working region
};

struct FigureScene {
  std::span<const Prop> props;                             // drawn behind the figure, translucent
  const std::array<bool, kJointCount>* working = nullptr;  // joints of the working region, or none
  // The moving joints' paths over a repetition (motion_paths), drawn faintly behind the figure with an arrow where
  // the joint is at `path_fraction` of the repetition; authored for the left side, flipped when `mirrored`.
  std::span<const MotionPath> paths;
  double path_fraction = 0;
  bool mirrored = false;
};

void draw_figure(ImDrawList& draw_list, const Pose& pose, const Camera& camera, ImVec2 top_left, ImVec2 size,
                 const FigureStyle& style, const FigureScene& scene = {});

}  // namespace ubr
