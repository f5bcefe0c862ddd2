#pragma once
// Where the figure is seen from. Pure math, no drawing: turns world points into view coordinates, and picks the
// camera for an exercise (its clip's best view, a preset, or where the user dragged it).
#include "core/exercises/demo.h"
#include "core/motion/clip.h"
#include "core/motion/vec3.h"

namespace ubr {

struct Camera {
  double yaw_radians = 0;     // 0 looks at the figure's front; pi/2 at its left side; pi at its back
  double pitch_radians = 0;   // positive looks down from above
  Vec3 target{0, 0.9, 0};     // world point shown at the centre of the view
  double frame_metres = 2.1;  // world height that fits the view's height
};

struct ViewPoint {
  double x = 0;      // metres to the right of the target on screen
  double y = 0;      // metres above the target on screen
  double depth = 0;  // metres toward the viewer; larger is nearer
};

ViewPoint to_view(const Camera& camera, Vec3 world);

// The exercise's own best view, from its motion clip.
Camera default_camera(const Clip& clip);
// The camera for a demo view choice: presets keep the clip's framing and change only the direction. "Best view"
// with the mistake shown is the mistake's own view when it has one.
Camera camera_for_view(const Clip& clip, const DemoState& demo);

}  // namespace ubr
