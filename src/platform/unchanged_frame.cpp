#include "platform/unchanged_frame.h"

#include <cstring>
#include <type_traits>
#include <vector>

namespace ubr::unchanged_frame {
namespace {

// The frame as bytes: comparing the bytes of two frames (a copy and a memcmp, well under a millisecond for a
// screen full of figures) costs a small part of drawing one.
std::vector<unsigned char> g_last;
std::vector<unsigned char> g_candidate;
bool g_known = false;

// Writes the frame's bytes at `out` and returns the end; with `out` null, only counts them (the buffer is sized once,
// then filled with plain copies: growing it value by value cost more than the comparison).
class Writer {
 public:
  explicit Writer(unsigned char* out) : out_(out) {}
  template <typename T>
  void value(const T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    bytes(&v, sizeof(T));
  }
  template <typename T>
  void all(const ImVector<T>& values) {
    value(values.Size);
    bytes(values.Data, static_cast<std::size_t>(values.Size) * sizeof(T));
  }
  std::size_t size() const { return size_; }

 private:
  void bytes(const void* from, std::size_t count) {
    if (out_ != nullptr && count > 0) std::memcpy(out_ + size_, from, count);
    size_ += count;
  }
  unsigned char* out_;
  std::size_t size_ = 0;
};

void describe(const ImDrawData& draw_data, const ImVec4& clear, Writer& out) {
  out.value(clear);
  out.value(draw_data.DisplayPos);
  out.value(draw_data.DisplaySize);
  out.value(draw_data.FramebufferScale);
  out.value(draw_data.CmdListsCount);
  for (int n = 0; n < draw_data.CmdListsCount; ++n) {
    const ImDrawList& list = *draw_data.CmdLists[n];
    // ImDrawVert (two ImVec2 and a colour) and the index type have no padding, so their bytes are their values.
    out.all(list.VtxBuffer);
    out.all(list.IdxBuffer);
    out.value(list.CmdBuffer.Size);
    // Field by field: ImDrawCmd has padding, whose bytes are not part of its value.
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      out.value(cmd.ClipRect);
      out.value(cmd.TextureId);
      out.value(cmd.VtxOffset);
      out.value(cmd.IdxOffset);
      out.value(cmd.ElemCount);
      out.value(cmd.UserCallback);
      out.value(cmd.UserCallbackData);
    }
  }
}

}  // namespace

bool same_as_last(const ImDrawData& draw_data, const ImVec4& clear) {
  Writer counter(nullptr);
  describe(draw_data, clear, counter);
  g_candidate.resize(counter.size());
  Writer writer(g_candidate.data());
  describe(draw_data, clear, writer);
  if (g_known && g_candidate.size() == g_last.size() &&
      std::memcmp(g_candidate.data(), g_last.data(), g_last.size()) == 0) {
    return true;
  }
  g_last.swap(g_candidate);
  g_known = true;
  return false;
}

void forget() {
  g_known = false;
}

}  // namespace ubr::unchanged_frame
