// More real-input helpers for the per-screen input tests (input_*.test.js): one browser context per device (desktop
// for mouse and keyboard, phone for touch) for a whole test file, scrolling a control into view the way a person
// does (mouse wheel or a finger's swipe), dragging (mouse button held, or a finger moved with CDP touch events),
// pressing a control by mouse, finger or the mirror's keyboard twin, typing into a drawn text field, and reading what
// the person sees (mirror, state, screenshots). window.app.dispatch is used here only by `setUp` and `home`, for
// putting the app where a test starts.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { decodePng, nextFrames, openApp, startServer, watchConsole } from './harness.js';
import { findControl, launchForInput, publishedItems, waitForScreen } from './real_input.js';

export { findControl, publishedItems, waitForScreen } from './real_input.js';

// The order the per-screen tests take the inputs in: mouse and keyboard share a desktop browser (the keyboard tests
// never move the mouse), so only two browsers start per file.
export const INPUT_ORDER = ['mouse', 'keyboard', 'touch'];
const deviceFor = (input) => (input === 'touch' ? 'phone' : 'desktop');

// One server for the file and one browser context (with one page) per kind of device, opened when a test first asks
// for an input on it and closed when a test asks for the other device or when the file ends, so at most one browser
// runs at a time (tests are grouped by input). Each page's console errors are collected in `problems`.
export function pagesPerInput() {
  const shared = { server: undefined, device: undefined, context: undefined, page: undefined, problems: [] };
  const closeCurrent = async () => {
    const context = shared.context;
    shared.context = undefined;
    shared.page = undefined;
    shared.device = undefined;
    if (context) await context.close();
  };
  before(async () => { shared.server = await startServer(); });
  after(async () => {
    try {
      await closeCurrent();
    } finally {
      await shared.server?.stop();
    }
  });
  // The page for `input`, on the home screen of a fresh profile (nothing stored) the first time.
  shared.pageFor = async (input) => {
    const device = deviceFor(input);
    if (shared.device === device && shared.page && !shared.page.isClosed()) return shared.page;
    await closeCurrent();
    shared.device = device;
    shared.context = await launchForInput(input);
    const page = shared.context.pages()[0] || (await shared.context.newPage());
    await page.goto(`${shared.server.url}icon.svg`);  // the app's origin, without starting the app
    await page.evaluate(() => localStorage.clear());
    await openApp(page, shared.server.url);
    await waitForScreen(page, 'home');
    shared.page = page;
    shared.problems = watchConsole(page);
    return page;
  };
  // Reloads the page (ImGui's own widget state, scroll positions and open editors start over; storage stays).
  shared.reload = async () => {
    await shared.page.reload();
    await openApp(shared.page, shared.server.url);
    await waitForScreen(shared.page, 'home');
  };
  return shared;
}

export const appState = (page) => page.evaluate(() => window.app.state());
export const mirror = (page) => page.evaluate(() => window.app.a11y.items());

// Set-up only: applies actions in order (in one round trip) and fails loudly if one is refused.
export async function setUp(page, ...actions) {
  const refused = await page.evaluate((list) => {
    for (const action of list) {
      const result = window.app.dispatch(action);
      if (!result.ok) return { action, result };
    }
    return null;
  }, actions);
  assert.equal(refused, null, `a set-up action was refused: ${JSON.stringify(refused)}`);
  await nextFrames(page, 3);
}

// Presses Tab (or Shift+Tab, whichever is shorter without wrapping) until the focused element's accessible name
// matches `pattern`, as a keyboard user does; the count is worked out first from the page's tab order, then checked,
// and one Tab at a time from there if the guess was wrong.
export async function tabTo(page, pattern, limit = 150) {
  const focusedName = () => page.evaluate(() => {
    const el = document.activeElement;
    return el ? (el.getAttribute('aria-label') || el.textContent || '') : '';
  });
  // The tab order can change under way (a twin that takes the focus scrolls the canvas, and the mirror follows), so
  // the way is planned again from where the focus landed, as a person looks again before pressing on.
  for (let attempt = 0; attempt < 4; attempt++) {
    const plan = await page.evaluate((source) => {
      const re = new RegExp(source);
      const nameOf = (el) => el.getAttribute('aria-label') || el.textContent || '';
      const order = [...document.querySelectorAll('button, input, select, textarea, a[href], [tabindex]')].filter(
        (el) => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0 &&
          getComputedStyle(el).visibility !== 'hidden');
      return { target: order.findIndex((el) => re.test(nameOf(el))), current: order.indexOf(document.activeElement) };
    }, pattern);
    if (plan.target < 0 || plan.target === plan.current) break;
    const forward = plan.current < plan.target;
    const presses = forward ? plan.target - plan.current : plan.current - plan.target;
    for (let i = 0; i < presses; i++) await page.keyboard.press(forward ? 'Tab' : 'Shift+Tab');
    await nextFrames(page, 2);
  }
  if (new RegExp(pattern).test(await focusedName())) return focusedName();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const text = await focusedName();
    if (new RegExp(pattern).test(text)) return text;
  }
  throw new Error(`Tab never reached an element matching /${pattern}/`);
}

// Set-up only: back to the home screen with default display choices and no session, import or guidance on screen.
export async function home(page) {
  await page.evaluate(() => {
    const app = window.app;
    const s = app.state();
    if (s.session && s.session.active) {
      if (s.session.running) app.dispatch({ type: 'endSession' });
      app.dispatch({ type: 'closeSession' });
    }
    if (s.screen === 'progress' && s.progress.pendingImport) app.dispatch({ type: 'cancelImport' });
    if (s.screen === 'safety' && s.safety.acknowledged) app.dispatch({ type: 'closeSafety' });
    app.dispatch({ type: 'goHome' });
    app.dispatch({ type: 'updateComfort', textScale: 1, theme: 'system', motion: 'system' });
  });
  await waitForScreen(page, 'home');
  await nextFrames(page, 3);
}

// The canvas' top left in page coordinates (the mirror's rectangles are relative to it).
const origins = new WeakMap();
async function canvasOrigin(page) {
  if (!origins.has(page)) {
    origins.set(page, await page.evaluate(() => {
      const r = document.getElementById('canvas').getBoundingClientRect();
      return { x: r.left, y: r.top };
    }));
  }
  return origins.get(page);
}

// A point inside an item's drawn rectangle, at fractions of its width and height (0.5, 0.5 = the centre).
export async function pointIn(page, item, fx = 0.5, fy = 0.5) {
  assert.ok(item.visible, `'${item.label}' is not on screen`);
  const origin = await canvasOrigin(page);
  const [x, y, w, h] = item.rect;
  return { x: origin.x + x + w * fx, y: origin.y + y + h * fy };
}

// True when the item is on screen well inside the viewport (not clipped at an edge).
function comfortablyShown(item, viewport) {
  if (!item.visible) return false;
  const [, y, , h] = item.rect;
  const centre = y + h / 2;
  return centre > viewport.height * 0.1 && centre < viewport.height * 0.8;
}

// The published control matching `pattern` (as findControl) and a signature of where everything is, in one trip.
// `role` 'any' also finds text, whose rectangle is what it describes (a drawn header, say) but which has no twin.
async function lookUp(page, pattern, role) {
  const found = await page.evaluate(([source, wanted]) => {
    const items = window.app.a11y.items().items;
    const re = new RegExp(source);
    return {
      item: items.find((i) => re.test(i.label) &&
        (wanted === 'any' || (i.role !== 'text' && (!wanted || i.role === wanted)))),
      signature: items.map((i) => (i.visible ? i.rect.join(',') : '-')).join('|'),
      labels: items.map((i) => i.label).join(' | '),
    };
  }, [pattern, role]);
  assert.ok(found.item, `no published control matching /${pattern}/: ${found.labels}`);
  return found;
}

// One step of scrolling the canvas content by about `dy` CSS px (positive: towards the end), at `at`.
export async function scrollStep(page, how, at, dy) {
  if (how === 'swipe') {
    await swipe(page, at, { x: at.x, y: at.y - dy });
  } else {
    // The pointer arrives a frame before it scrolls, as a person's does: after a finger lifts, ImGui places the
    // mouse again only at the next frame, and a wheel in the same frame would go to no window.
    await page.mouse.move(at.x, at.y);
    await nextFrames(page, 2);
    await page.mouse.wheel(0, dy);
    await nextFrames(page, 3);
  }
}

// Scrolls until the published control matching `pattern` is on screen, well inside the viewport; returns it.
// `how`: 'wheel' (a mouse wheel over `at`, the viewport's centre by default) or 'swipe' (a finger dragged up or
// down the canvas). Throws when scrolling both ways never shows it.
export async function reveal(page, pattern, { role, how = 'wheel', at } = {}) {
  const viewport = page.viewportSize();
  const point = at || { x: viewport.width / 2, y: viewport.height / 2 };
  let { item, signature } = await lookUp(page, pattern, role);
  if (comfortablyShown(item, viewport)) return item;
  const step = how === 'swipe' ? 250 : 150;
  for (const direction of [1, -1]) {
    let still = 0;  // steps in a row that moved nothing
    for (let i = 0; i < 40; i++) {
      // Once it shows, smaller steps bring it in without overshooting.
      const [, y, , h] = item.rect;
      const away = item.visible ? (y + h / 2) - viewport.height * 0.45 : direction * step;
      if (item.visible && Math.sign(away) !== direction) break;  // it lies the other way
      await scrollStep(page, how, point, item.visible ? Math.max(-step, Math.min(step, away)) : direction * step);
      const now = await lookUp(page, pattern, role);
      item = now.item;
      if (comfortablyShown(item, viewport)) return item;
      // Nothing moved twice in a row: the end of the content. (Once may be a wheel that came in the frame the pointer
      // arrived in after a finger lifted, which ImGui gives to no window.)
      if (now.signature === signature && ++still >= 2) {
        if (item.visible) return item;  // on screen as far as the content lets it come
        break;
      }
      if (now.signature !== signature) still = 0;
      signature = now.signature;
    }
  }
  throw new Error(`scrolling by ${how} never brought '${item.label}' onto the screen (${JSON.stringify(item.rect)})`);
}

// A finger's swipe from `from` to `to` (page px) in `steps` moves, a frame apart, as CDP touch events.
export async function swipe(page, from, to, steps = 10) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] });
    await nextFrames(page, 2);
    for (let s = 1; s <= steps; s++) {
      const x = from.x + ((to.x - from.x) * s) / steps;
      const y = from.y + ((to.y - from.y) * s) / steps;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
      await nextFrames(page, 1);
    }
  } finally {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }
  await nextFrames(page, 4);
}

// Drags within an item: from `from` to `to`, each a fraction of its width ([fx, fy] or fx with fy 0.5), by mouse
// (button held) or by finger (touch events). Frames pass between moves so the UI sees a drag, not a jump.
export async function drag(page, input, item, from, to, steps = 12) {
  const [fx0, fy0] = Array.isArray(from) ? from : [from, 0.5];
  const [fx1, fy1] = Array.isArray(to) ? to : [to, 0.5];
  const a = await pointIn(page, item, fx0, fy0);
  const b = await pointIn(page, item, fx1, fy1);
  await dragBetween(page, input, a, b, steps);
}

export async function dragBetween(page, input, a, b, steps = 12) {
  if (input === 'touch') {
    await swipe(page, a, b, steps);
    return;
  }
  assert.equal(input, 'mouse', `a ${input} cannot drag`);
  await page.mouse.move(a.x, a.y);
  await nextFrames(page, 1);
  await page.mouse.down();
  try {
    await nextFrames(page, 2);
    for (let s = 1; s <= steps; s++) {
      await page.mouse.move(a.x + ((b.x - a.x) * s) / steps, a.y + ((b.y - a.y) * s) / steps);
      await nextFrames(page, 1);
    }
  } finally {
    await page.mouse.up();
  }
  await nextFrames(page, 4);
}

// A click or a tap at the centre of an item's drawn rectangle.
export async function pressAt(page, input, item) {
  const { x, y } = await pointIn(page, item);
  if (input === 'touch') await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
  await nextFrames(page, 3);
}

// Brings the control labelled `pattern` within reach as a person does with `input`: scrolls it into view with the
// wheel (mouse; touch too unless `how` is 'swipe'), or Tabs to its twin in the mirror, which scrolls it into view
// (keyboard). Returns the item as published then.
export async function bringToHand(page, input, pattern, { role, how = 'wheel' } = {}) {
  if (input === 'keyboard') {
    await findControl(page, pattern, role);  // not published: no twin to Tab to (fails at once, not after 150 Tabs)
    await tabTo(page, pattern);
    await nextFrames(page, 3);
    return findControl(page, pattern, role);
  }
  return reveal(page, pattern, { role, how });
}

// Uses a control already brought to hand: a click or a tap at its rectangle, or `key` on its focused twin.
export async function activate(page, input, item, { key = 'Enter' } = {}) {
  if (input === 'keyboard') {
    await page.keyboard.press(key);
    await nextFrames(page, 3);
    return;
  }
  await pressAt(page, input, item);
}

// Uses the control labelled `pattern` as a person does with `input` (bringToHand, then activate: a click, a tap,
// or Enter / `key` on its twin). Returns the item as published before it was used.
export async function press(page, input, pattern, { role, key = 'Enter', how = 'wheel' } = {}) {
  const item = await bringToHand(page, input, pattern, { role, how });
  await activate(page, input, item, { key });
  return item;
}

// Types `text` into a drawn text field: a click or tap on it (or Tab to its twin), then the keyboard.
export async function typeInto(page, input, pattern, text, { role } = {}) {
  await press(page, input, pattern, { role });
  // A person types once the caret shows. By keyboard that is in the field's twin (a DOM input): a field below the
  // fold scrolls into view as its twin takes the focus, and the Tab that reached it can land one past it while it
  // moves; a person then sees no caret and tabs back to it, and so does this.
  if (input === 'keyboard') {
    const inField = () => page.evaluate((source) => document.activeElement.tagName === 'INPUT' &&
      new RegExp(source).test(document.activeElement.getAttribute('aria-label') || ''), pattern);
    for (let tries = 0; tries < 3 && !(await inField()); tries++) {
      await tabTo(page, pattern);
      await nextFrames(page, 3);
    }
    assert.ok(await inField(), `the field /${pattern}/ does not keep the keyboard focus`);
  } else {
    // On the canvas: once the drawn field is active and keys go to the canvas.
    await page.waitForFunction(() => window.app.a11y.items().textInput &&
      document.activeElement === document.getElementById('canvas'), null, { timeout: 5000 });
  }
  await page.keyboard.type(text, { delay: 20 });
  await nextFrames(page, 4);
}

// The published item (any role, text included) whose label matches `pattern`, or undefined.
export async function itemLabelled(page, pattern) {
  return (await publishedItems(page)).find((item) => new RegExp(pattern).test(item.label));
}

// A screenshot decoded, of `clip` ({x, y, width, height} in page px) or the whole page; smaller is much faster.
export async function screenshotPng(page, clip) {
  await nextFrames(page, 3);
  return decodePng(await page.screenshot(clip ? { clip } : {}));
}

// The page area of an item's rectangle (for a clipped screenshot), grown by `margin` px and kept on the page.
export async function areaOf(page, item, margin = 0) {
  const a = await pointIn(page, item, 0, 0);
  const b = await pointIn(page, item, 1, 1);
  const viewport = page.viewportSize();
  const x = Math.max(0, Math.floor(a.x - margin));
  const y = Math.max(0, Math.floor(a.y - margin));
  return { x, y, width: Math.min(viewport.width, Math.ceil(b.x + margin)) - x,
    height: Math.min(viewport.height, Math.ceil(b.y + margin)) - y };
}

// Mean luminance (0-255) of an image: light themes are bright, dark ones dim.
export function meanLuminance(png) {
  let sum = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    sum += 0.2126 * png.data[i] + 0.7152 * png.data[i + 1] + 0.0722 * png.data[i + 2];
  }
  return sum / (png.width * png.height);
}

// Fails the test if the page logged console errors since `mark` (its problems count when the test began).
export function assertNoNewProblems(shared, mark) {
  assert.deepEqual(shared.problems.slice(mark), [], 'console errors during the test');
}
