// What reaches the canvas: start-up sends one frame, already settled, and later frames go to the canvas only when
// they change what it shows (a hover, a press, a new screen); the frames ImGui builds to settle after an input but
// that would draw the same pixels are built and not sent. Checked by real mouse and touch input, in the pixels.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  changedFraction, decodePng, luminanceDeviation, nextFrames, servedAppInBrowser, withCleanup,
} from './harness.js';
import { findControl, launchForInput, openFresh, waitForScreen } from './real_input.js';

const shared = servedAppInBrowser();
const counts = (page) => page.evaluate(() => {
  const { framesDrawn, framesShown } = window.app.stats();
  return { framesDrawn, framesShown };
});
const shot = async (page) => decodePng(await page.screenshot());

// A point of the canvas over no published item (a margin beside the content), where the pointer changes nothing.
async function emptyPoint(page) {
  return page.evaluate(() => {
    const items = window.app.a11y.items().items.filter((i) => i.visible);
    const canvas = document.getElementById('canvas').getBoundingClientRect();
    for (let y = canvas.height * 0.3; y < canvas.height * 0.9; y += 7) {
      for (let x = 2; x < canvas.width - 2; x += 5) {
        const inside = items.some(({ rect: [rx, ry, rw, rh] }) => x >= rx - 8 && x <= rx + rw + 8 && y >= ry - 8 &&
          y <= ry + rh + 8);
        if (!inside) return { x: canvas.left + x, y: canvas.top + y };
      }
    }
    return null;
  });
}

for (const input of ['mouse', 'touch']) {
  test(`${input}: start-up sends the settled home screen to the canvas once`, () => withCleanup(async (cleanup) => {
    const context = await launchForInput(input);
    cleanup(() => context.close());
    const page = await openFresh(context, shared.server.url);
    await nextFrames(page, 10);
    const { framesDrawn, framesShown } = await counts(page);
    assert.equal(framesShown, 1, `the canvas got ${framesShown} frames at start (${framesDrawn} built)`);
    assert.ok(framesDrawn > framesShown, 'the frames ImGui builds to settle were not built');
    assert.ok(luminanceDeviation(await shot(page)) > 10, 'the canvas looks blank');
  }));
}

test('mouse: moving over an empty margin builds frames but sends none; a hover and a click are shown at once',
  () => withCleanup(async (cleanup) => {
    const context = await launchForInput('mouse');
    cleanup(() => context.close());
    const page = await openFresh(context, shared.server.url);
    await nextFrames(page, 10);
    const before = await shot(page);

    const empty = await emptyPoint(page);
    assert.ok(empty, 'no empty point found on the home screen');
    const start = await counts(page);
    await page.mouse.move(empty.x, empty.y, { steps: 4 });
    await nextFrames(page, 8);
    const afterMove = await counts(page);
    assert.ok(afterMove.framesDrawn > start.framesDrawn, 'moving the pointer built no frame');
    assert.equal(afterMove.framesShown, start.framesShown, 'a frame with nothing new was sent to the canvas');
    assert.equal(changedFraction(before, await shot(page)), 0, 'the picture changed with nothing to change');

    // Hovering a button lights it: that frame is new, so it is shown.
    const button = await findControl(page, '^Arm Slides');
    const canvas = await page.evaluate(() => document.getElementById('canvas').getBoundingClientRect().toJSON());
    const [x, y, w, h] = button.rect;
    await page.mouse.move(canvas.left + x + w / 2, canvas.top + y + h / 2, { steps: 4 });
    await nextFrames(page, 8);
    const afterHover = await counts(page);
    assert.ok(afterHover.framesShown > afterMove.framesShown, 'the hovered button was not drawn');
    const hovered = await shot(page);
    assert.ok(changedFraction(before, hovered) > 0, 'the hover changed nothing on screen');

    await page.mouse.click(canvas.left + x + w / 2, canvas.top + y + h / 2);
    await waitForScreen(page, 'exercise');
    await nextFrames(page, 8);
    assert.ok(changedFraction(hovered, await shot(page)) > 0.05, 'the exercise screen was not drawn');
  }));
