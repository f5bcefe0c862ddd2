#include "render/camera.h"

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

}  // namespace ubr
