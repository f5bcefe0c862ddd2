// Accessibility and safety in a real browser: the DOM mirror of the canvas (axe-core finds no violations), real canvas clicks at the
// published rectangles, keyboard-only use, the first-use safety gate, comfort settings and session announcements.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import {
  decodePng, nextFrames, openApp, saveResult, servedAppInBrowser, watchConsole,
} from './harness.js';
import { tabTo } from './real_input.js';

const shared = servedAppInBrowser();

// A fresh page with no stored acknowledgement, its DOM mirror filled in.
async function freshPage({ width = 1280, height = 800, colorScheme = 'light', reducedMotion = 'no-preference' } = {}) {
  const page = await shared.browser.newPage();
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ colorScheme, reducedMotion });
  await openApp(page, shared.server.url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await openApp(page, shared.server.url);
  await waitForMirror(page, 'home');
  return page;
}

async function waitForMirror(page, screen) {
  try {
    await page.waitForFunction((s) => window.app.a11y && window.app.a11y.items().screen === s &&
      window.app.a11y.items().items.length > 0, screen, { timeout: 15000 });
  } catch (error) {
    const seen = await page.evaluate(() => ({ mirror: window.app.a11y?.items(), screen: window.app.state().screen }));
    throw new Error(`the mirror never showed '${screen}': ${JSON.stringify(seen).slice(0, 400)}`);
  }
}

async function items(page) {
  return page.evaluate(() => window.app.a11y.items().items);
}

async function findItem(page, pattern, role) {
  const list = await items(page);
  const found = list.find((item) => new RegExp(pattern).test(item.label) && (!role || item.role === role));
  assert.ok(found, `no published item matching ${pattern}: ${list.map((i) => i.label).join(' | ')}`);
  return found;
}

async function clickItem(page, item) {
  assert.ok(item.visible, `${item.label} is not on screen`);
  const [x, y, w, h] = item.rect;
  await page.mouse.click(x + w / 2, y + h / 2);
  await nextFrames(page, 3);
}

async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the DOM mirror has a heading and a named button for every exercise; axe finds no violations', async () => {
  const page = await freshPage();
  const problems = watchConsole(page);
  assert.equal(await page.textContent('#a11y-heading'), 'Upper Back Relief: exercises');
  const names = await page.$$eval('#a11y-items button', (buttons) => buttons.map((b) => b.textContent));
  for (const name of ['Arm Slides', 'Shoulder Blade Squeeze', 'Mid-Trap']) {
    assert.ok(names.some((n) => n.includes(name)), `no button for ${name}: ${names.join(' | ')}`);
  }
  assert.deepEqual(await axeViolations(page), [], 'home screen');

  await page.evaluate(() => window.app.dispatch({ type: 'openExercise', id: 'mid-trap' }));
  await waitForMirror(page, 'exercise');
  assert.equal(await page.textContent('#a11y-heading'), 'Mid-Trap Raise');
  const texts = await page.$$eval('#a11y-items p', (ps) => ps.map((p) => p.textContent));
  assert.ok(texts.some((t) => /^Caution: Lying face down/.test(t)), `no caution read out: ${texts.join(' | ')}`);
  assert.deepEqual(await axeViolations(page), [], 'exercise screen');

  await page.evaluate(() => window.app.dispatch({ type: 'openSafety' }));
  await waitForMirror(page, 'safety');
  assert.deepEqual(await axeViolations(page), [], 'safety screen');
  assert.deepEqual(problems, []);
  await page.close();
});

test('clicking the canvas at a published rectangle goes through ImGui and does what the item says', async () => {
  const page = await freshPage();
  await clickItem(page, await findItem(page, '^Arm Slides', 'button'));
  let state = await page.evaluate(() => window.app.state());
  assert.equal(state.screen, 'exercise');
  assert.equal(state.selectedExercise, 'arm-slides');
  await waitForMirror(page, 'exercise');
  await clickItem(page, await findItem(page, '^All exercises$', 'button'));
  state = await page.evaluate(() => window.app.state());
  assert.equal(state.screen, 'home');

  // The comfort panel: the Dark choice, clicked on the canvas, turns the UI dark.
  await waitForMirror(page, 'home');
  const dark = await findItem(page, '^Dark colours$', 'toggle');
  // The panel may be below the fold on the canvas: focusing its twin scrolls it into view first.
  await page.focus(`#a11y-items [data-key="${dark.key}"]`);
  await nextFrames(page, 4);
  await clickItem(page, await findItem(page, '^Dark colours$', 'toggle'));
  state = await page.evaluate(() => window.app.state());
  assert.equal(state.comfort.theme, 'dark');
  assert.equal(state.comfort.dark, true);
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  const shot = decodePng(await page.screenshot({ clip: { x: 2, y: 2, width: 4, height: 4 } }));
  assert.ok(shot.data[0] < 60 && shot.data[1] < 60, `the canvas background is not dark: ${shot.data.slice(0, 3)}`);
  await page.close();
});

test('on first use a session waits for the safety guidance, which is stored once acknowledged', async () => {
  const page = await freshPage();
  let state = await page.evaluate(() => window.app.state());
  assert.equal(state.safety.acknowledged, false);
  assert.equal(state.safety.required, true);
  // Asking to start shows the guidance first, remembering the routine.
  assert.deepEqual(await page.evaluate(() => window.app.dispatch({ type: 'startSession', routine: 'short' })), { ok: true });
  state = await page.evaluate(() => window.app.state());
  assert.equal(state.screen, 'safety');
  assert.equal(state.session.active, false);
  assert.equal(state.safety.pendingRoutine, 'short');
  // Exercises stay open to look at.
  assert.deepEqual(await page.evaluate(() => window.app.dispatch({ type: 'openExercise', id: 'arm-slides' })), { ok: true });

  assert.deepEqual(await page.evaluate(() => window.app.dispatch({ type: 'acknowledgeSafety' })), { ok: true });
  assert.equal(await page.evaluate(() => window.app.state().session.routine), 'short');
  await page.evaluate(() => window.app.dispatch({ type: 'endSession' }));
  await page.reload();
  await openApp(page, shared.server.url);
  state = await page.evaluate(() => window.app.state());
  assert.equal(state.safety.acknowledged, true);
  assert.equal(state.safety.required, false);
  await page.close();
});

test('keyboard alone: Tab to an exercise, open it, read it, and come back', async () => {
  const page = await freshPage();
  await tabTo(page, '^Arm Slides');
  await page.keyboard.press('Enter');
  await waitForMirror(page, 'exercise');
  assert.equal(await page.evaluate(() => window.app.state().selectedExercise), 'arm-slides');
  // Focus continues from the new screen's heading.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'a11y-heading');
  await tabTo(page, '^All exercises$');
  await page.keyboard.press('Space');
  await waitForMirror(page, 'home');
  assert.equal(await page.evaluate(() => window.app.state().screen), 'home');

  // Text size by keyboard: the UI is rebuilt larger, and the published rectangles grow with it. The focused button
  // itself is measured: it stays in view, where a card may be scrolled half out of it and publish a clipped rect.
  await tabTo(page, '^Larger text$');
  const before = (await findItem(page, '^Larger text$', 'button')).rect;
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.app.state().comfort.textScale > 1.1);
  await nextFrames(page, 4);
  const after = (await findItem(page, '^Larger text$', 'button')).rect;
  assert.ok(after[2] > before[2] && after[3] > before[3], `the button did not grow: ${before} -> ${after}`);
  await page.close();
});

test('every item on screen is a touch target of at least 44 CSS px at 360x740', async () => {
  const page = await freshPage({ width: 360, height: 740 });
  for (const screen of [null, { type: 'openExercise', id: 'arm-reach' }, { type: 'openSafety' }]) {
    if (screen) {
      await page.evaluate((a) => window.app.dispatch(a), screen);
      await waitForMirror(page, screen.type === 'openSafety' ? 'safety' : 'exercise');
    }
    await nextFrames(page, 3);
    // An item cut by the bottom of the scrolling area (the viewport, less the page's own controls below it) shows
    // only its visible part; it is whole once scrolled to, so only uncut items are measured.
    const all = await items(page);
    const areaBottom = Math.max(...all.filter((i) => i.visible).map((i) => i.rect[1] + i.rect[3]));
    const small = all.filter((i) => i.role !== 'text' && i.visible &&
      (i.rect[3] < 44 || i.rect[2] < 44) && i.rect[1] + i.rect[3] < areaBottom - 0.5 && i.rect[1] > 0);
    assert.deepEqual(small.map((i) => `${i.label} ${i.rect}`), []);
  }
  saveResult('a11y-phone-safety.png', await page.screenshot());
  await page.close();
});

test('prefers-reduced-motion makes demonstrations step between key poses unless motion is turned on', async () => {
  const page = await freshPage({ reducedMotion: 'reduce', colorScheme: 'dark' });
  let comfort = await page.evaluate(() => window.app.state().comfort);
  assert.equal(comfort.systemReducedMotion, true);
  assert.equal(comfort.steppedMotion, true);
  assert.equal(comfort.dark, true);
  await page.evaluate(() => window.app.dispatch({ type: 'updateComfort', motion: 'smooth' }));
  comfort = await page.evaluate(() => window.app.state().comfort);
  assert.equal(comfort.steppedMotion, false);
  // A change of the system preference reaches the app while it runs.
  await page.emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  await page.waitForFunction(() => window.app.state().comfort.systemDark === false);
  await page.close();
});

test('keyboard alone runs a short session through the mirror, and the live region announces it', async () => {
  const page = await freshPage();
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Home -> routines -> start the short routine, all by Tab and Enter.
  await tabTo(page, '^Start a session$');
  await page.keyboard.press('Enter');
  await waitForMirror(page, 'routines');
  await tabTo(page, '^Start Short routine');
  await page.keyboard.press('Enter');
  // Not acknowledged yet: the guidance comes first, and its button starts the session afterwards.
  await waitForMirror(page, 'safety');
  assert.equal(await page.evaluate(() => window.app.state().safety.pendingRoutine), 'short');
  await tabTo(page, '^I understand, start the session$');
  await page.keyboard.press('Enter');
  await waitForMirror(page, 'session');
  assert.equal(await page.evaluate(() => window.app.state().session.routine), 'short');

  // Pause and resume by keyboard.
  await tabTo(page, '^Pause$');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.app.a11y.announcements.includes('Paused'));
  await tabTo(page, '^Resume$');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.app.a11y.announcements.includes('Resumed'));

  // Then step through the whole session with the Next control.
  for (let i = 0; i < 600; i++) {
    const session = await page.evaluate(() => window.app.state().session);
    if (session.phase === 'summary') break;
    const next = (await items(page)).find((item) => /^Next/.test(item.label) && item.role === 'button');
    assert.ok(next, 'no Next control on the session screen');
    if (!(await page.evaluate((key) => document.activeElement?.dataset.key === String(key), next.key))) {
      await tabTo(page, `^${escape(next.label)}$`);
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => window.app.state().session.stepIndex !== n || window.app.state().session.phase === 'summary',
      session.stepIndex, { timeout: 5000 });
    await page.waitForTimeout(60);
  }
  await page.waitForFunction(() => window.app.a11y.announcements.includes('Session complete'), null, { timeout: 5000 });
  const said = await page.evaluate(() => window.app.a11y.announcements);
  assert.ok(said.some((s) => /^Get ready, \d+ seconds/.test(s)), said.join(' | '));
  assert.ok(said.some((s) => /^[A-Z][\w -]+, rep 1 of \d+/.test(s)), said.join(' | '));
  // Next moves on by whole exercises, so the previews of each one are heard (holds and rests pass by in real time).
  assert.ok(said.some((s) => /^Next: [A-Z][\w -]+\. Get into position, \d+ seconds$/.test(s)), said.join(' | '));
  await page.waitForFunction(() => document.getElementById('a11y-live').textContent === 'Session complete');
  saveResult('a11y-session-summary.png', await page.screenshot());
  await page.close();
});
