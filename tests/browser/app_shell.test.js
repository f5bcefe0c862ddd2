// The walking skeleton in a real browser: loads, draws, exposes window.app, animates, and fails clearly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  changedFraction, decodePng, luminanceDeviation, nextFrames, openApp, saveResult, servedAppInBrowser,
  watchConsole, withBrowser,
} from './harness.js';

const shared = servedAppInBrowser();

test('the page loads with no console errors and draws a non-blank home screen', async () => {
  const page = await shared.browser.newPage();
  const problems = watchConsole(page);
  await openApp(page, shared.server.url);
  await nextFrames(page, 5);
  const shot = await page.screenshot();
  saveResult('home.png', shot);
  assert.ok(luminanceDeviation(decodePng(shot)) > 10, 'the canvas looks blank');
  assert.equal(await page.isHidden('#status'), true, 'the loading message is still shown');
  assert.deepEqual(problems, []);
  await page.close();
});

test('state() reports the version, the home screen and every exercise of the catalogue', async () => {
  const page = await shared.browser.newPage();
  await openApp(page, shared.server.url);
  const state = await page.evaluate(() => window.app.state());
  assert.match(state.version, /^\d+\.\d+\.\d+$/);
  assert.equal(state.screen, 'home');
  assert.equal(state.selectedExercise, null);
  assert.equal(state.exercises.length, 8);
  assert.deepEqual(state.exercises.map((e) => e.id), [
    'arm-slides', 'shoulder-blade-squeeze', 'elbow-squeeze', 'arm-reach', 'thoracic-stretch', 'shoulder-roll',
    'upper-back-stretch', 'mid-trap',
  ]);
  assert.ok(state.exercises.every((e) => typeof e.name === 'string' && e.name.length > 0));
  await page.close();
});

test('openExercise shows the exercise and its figure moves; goHome returns', async () => {
  const page = await shared.browser.newPage();
  await openApp(page, shared.server.url);
  const result = await page.evaluate(() => window.app.dispatch({ type: 'openExercise', id: 'arm-slides' }));
  assert.deepEqual(result, { ok: true });
  const state = await page.evaluate(() => window.app.state());
  assert.equal(state.screen, 'exercise');
  assert.equal(state.selectedExercise, 'arm-slides');

  await nextFrames(page, 5);
  const first = await page.screenshot();
  await page.waitForTimeout(700);
  const second = await page.screenshot();
  saveResult('exercise.png', second);
  const changed = changedFraction(decodePng(first), decodePng(second));
  assert.ok(changed > 0.002, `the figure did not move between screenshots (${(changed * 100).toFixed(3)}% changed)`);

  assert.deepEqual(await page.evaluate(() => window.app.dispatch({ type: 'goHome' })), { ok: true });
  assert.equal((await page.evaluate(() => window.app.state())).screen, 'home');
  await page.close();
});

test('unknown or malformed actions are rejected with a message and change nothing', async () => {
  const page = await shared.browser.newPage();
  await openApp(page, shared.server.url);
  const results = await page.evaluate(() => [
    window.app.dispatch({ type: 'fly' }),
    window.app.dispatch({ type: 'openExercise', id: 'cartwheel' }),
    window.app.dispatch({ id: 'arm-slides' }),
    window.app.dispatch('openExercise'),
  ]);
  assert.deepEqual(results, [
    { ok: false, error: "unknown action type 'fly'" },
    { ok: false, error: "no exercise with id 'cartwheel'" },
    { ok: false, error: 'action: type: missing' },
    { ok: false, error: 'action: expected an object' },
  ]);
  assert.equal((await page.evaluate(() => window.app.state())).screen, 'home');
  await page.close();
});

test('a page whose wasm cannot be loaded shows a clear error message', async () => {
  // A fresh profile: in the shared one the service worker installed by earlier tests would serve app.wasm from its
  // cache, out of reach of page.route.
  await withBrowser(async (freshBrowser) => {
    const page = await freshBrowser.newPage();
    await page.route('**/app.wasm*', (route) => route.abort());  // with or without its ?v= hash
    await page.goto(shared.server.url);
    await page.waitForSelector('#status.error', { timeout: 30000 });
    const message = await page.textContent('#status');
    assert.match(message, /could not start/);
    assert.match(message, /failed to load/);
    saveResult('wasm-missing.png', await page.screenshot());
  });
});
