#include "render/camera.h"

#include "core/motion/skeleton_math.h"

#include <cmath>

namespace ubr {

ViewPoint to_view(const Camera& camera, Vec3 world) {
  const Vec3 p = world - camera.target;
  // Turn the world about the vertical axis so the viewer looks along -z, then tilt it about the view's x axis.
  const double cy = std::cos(camera.yaw_radians), sy = std::sin(camera.yaw_radians);
  const double x = p.x * cy - p.z * sy;
  const double z = p.x * sy + p.z * cy;
  const double cp = std::cos(camera.pitch_radians), sp = std::sin(camera.pitch_radians);
  const double y = p.y * cp - z * sp;
  const double depth = p.y * sp + z * cp;
  // The figure faces +z, so its left (+x) appears on the viewer's right when seen from the front.
  return {x, y, depth};
}

namespace {
Camera camera_of(const ClipView& view) {
  return {radians(view.yaw_degrees), radians(view.pitch_degrees), view.target, view.frame_metres};
}
}  // namespace

Camera default_camera(const Clip& clip) {
  return camera_of(clip.view);
}

Camera camera_for_view(const Clip& clip, const DemoState& demo) {
  // With the mistake shown, the best view is the one that shows it.
  const bool mistake_view = demo.mistake && clip.mistake && clip.mistake->view;
  Camera camera = mistake_view ? camera_of(*clip.mistake->view) : default_camera(clip);
  // Presets look slightly down, as a person standing by would; Side is the figure's left.
  switch (demo.view) {
    case DemoView::Auto:
      break;
    case DemoView::Front:
      camera.yaw_radians = 0, camera.pitch_radians = radians(6);
      break;
    case DemoView::Side:
      camera.yaw_radians = radians(90), camera.pitch_radians = radians(6);
      break;
    case DemoView::Back:
      camera.yaw_radians = radians(180), camera.pitch_radians = radians(6);
      break;
    case DemoView::Top:
      camera.yaw_radians = 0, camera.pitch_radians = radians(80);
      break;
    case DemoView::Orbit:
      camera.yaw_radians = radians(demo.orbit_yaw_degrees);
      camera.pitch_radians = radians(demo.orbit_pitch_degrees);
      break;
  }
  return camera;
}

}  // namespace ubr
