#pragma once
// Rotations for forward kinematics: a 3x3 matrix is all the skeleton needs (no scaling, no shearing).
#include "core/motion/vec3.h"

#include <numbers>

namespace ubr {

struct Mat3 {
  // Columns are the rotated x, y and z axes, so `m * v` reads as "v expressed in this frame".
  Vec3 x{1, 0, 0}, y{0, 1, 0}, z{0, 0, 1};
};

constexpr Vec3 operator*(const Mat3& m, Vec3 v) {
  return m.x * v.x + m.y * v.y + m.z * v.z;
}
constexpr Mat3 operator*(const Mat3& a, const Mat3& b) {
  return {a * b.x, a * b.y, a * b.z};
}

constexpr double radians(double degrees) {
  return degrees * std::numbers::pi / 180.0;
}

// Right-handed rotations about the world axes by an angle in degrees.
inline Mat3 rotate_x(double degrees) {
  const double c = std::cos(radians(degrees)), s = std::sin(radians(degrees));
  return {{1, 0, 0}, {0, c, s}, {0, -s, c}};
}
inline Mat3 rotate_y(double degrees) {
  const double c = std::cos(radians(degrees)), s = std::sin(radians(degrees));
  return {{c, 0, -s}, {0, 1, 0}, {s, 0, c}};
}
inline Mat3 rotate_z(double degrees) {
  const double c = std::cos(radians(degrees)), s = std::sin(radians(degrees));
  return {{c, s, 0}, {-s, c, 0}, {0, 0, 1}};
}

}  // namespace ubr
