#pragma once
// Whether a frame would put exactly the pixels on the canvas that it already shows.
//
// ImGui builds a few frames after every input and change, so hover, focus and auto-sized windows settle; most of
// them produce the very draw lists of the frame before. Drawing those again costs a phone's GPU the whole canvas
// and the browser a new canvas frame for its compositor: in headless Chromium's software compositing, 30 to 150 ms
// of main-thread time per frame on a phone-sized canvas (measured in Lighthouse traces as "Commit"). A canvas that
// is not drawn to keeps showing its last frame, so such a frame is simply not sent.
#include <imgui.h>

namespace ubr::unchanged_frame {

// True when the draw data and the clear colour are exactly those of the last frame passed here; false otherwise, and
// then this frame is remembered in its place.
bool same_as_last(const ImDrawData& draw_data, const ImVec4& clear);

// The font texture's pixels changed (a new text size): the next frame counts as new whatever its draw lists, since
// the texture's GL name may be reused.
void forget();

}  // namespace ubr::unchanged_frame
