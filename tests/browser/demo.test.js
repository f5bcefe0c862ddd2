// The animated demonstration in a real browser: the demo controls are actions (speed, pause, scrub, views, orbit),
// the phase name follows the clip, per-side exercises switch arms, the figure redraws when it moves, and the screen
// works at phone width. Also measures the cost of sampling and drawing one figure (Module._ubr_bench_figure).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  changedFraction, decodePng, luminanceDeviation, nextFrames, openApp, saveResult, servedAppInBrowser, watchConsole,
} from './harness.js';

const shared = servedAppInBrowser();

const dispatch = (page, action) => page.evaluate((a) => window.app.dispatch(a), action);
const demo = (page) => page.evaluate(() => window.app.state().demo);

test('demo controls are actions: speed, pause, scrub, views and orbit', async () => {
  const page = await shared.browser.newPage();
  const problems = watchConsole(page);
  await openApp(page, shared.server.url);
  assert.deepEqual(await dispatch(page, { type: 'openExercise', id: 'arm-slides' }), { ok: true });
  let state = await demo(page);
  assert.equal(state.speed, 1);
  assert.equal(state.paused, false);
  assert.equal(state.view, 'auto');
  assert.equal(state.loopSeconds, 7);

  assert.deepEqual(await dispatch(page, { type: 'setDemoSpeed', speed: 2 }), { ok: true });
  assert.equal((await demo(page)).speed, 2);
  const refused = await dispatch(page, { type: 'setDemoSpeed', speed: 3 });
  assert.equal(refused.ok, false);
  assert.match(refused.error, /speed/);

  assert.deepEqual(await dispatch(page, { type: 'setDemoPaused', paused: true }), { ok: true });
  assert.deepEqual(await dispatch(page, { type: 'scrubDemo', time: 3.2 }), { ok: true });
  await nextFrames(page, 10);
  state = await demo(page);
  assert.equal(state.paused, true);
  assert.ok(Math.abs(state.time - 3.2) < 1e-9, `paused time moved to ${state.time}`);
  assert.equal(state.phase, 'slide down');
  await dispatch(page, { type: 'scrubDemo', time: 1 });
  assert.equal((await demo(page)).phase, 'slide up');

  for (const view of ['front', 'side', 'back', 'top', 'auto']) {
    assert.deepEqual(await dispatch(page, { type: 'setDemoView', view }), { ok: true });
    assert.equal((await demo(page)).view, view);
  }
  assert.equal((await dispatch(page, { type: 'setDemoView', view: 'upside-down' })).ok, false);
  assert.deepEqual(await dispatch(page, { type: 'orbitDemo', yaw: 120, pitch: 20 }), { ok: true });
  state = await demo(page);
  assert.equal(state.view, 'orbit');
  assert.equal(state.yaw, 120);
  assert.deepEqual(problems, []);
  await page.close();
});

test('demo actions are refused away from an exercise', async () => {
  const page = await shared.browser.newPage();
  await openApp(page, shared.server.url);
  const result = await dispatch(page, { type: 'setDemoPaused', paused: true });
  assert.equal(result.ok, false);
  await page.close();
});

test('the figure redraws as the demonstration moves and when the view changes', async () => {
  const page = await shared.browser.newPage();
  await openApp(page, shared.server.url);
  await dispatch(page, { type: 'openExercise', id: 'mid-trap' });
  await dispatch(page, { type: 'setDemoPaused', paused: true });
  await dispatch(page, { type: 'scrubDemo', time: 0 });
  await nextFrames(page, 4);
  const start = decodePng(await page.screenshot());
  await dispatch(page, { type: 'scrubDemo', time: 2.2 });
  await nextFrames(page, 4);
  const raised = await page.screenshot();
  saveResult('demo-mid-trap-raised.png', raised);
  assert.ok(changedFraction(start, decodePng(raised)) > 0.003, 'raising the arms did not change the picture');
  await dispatch(page, { type: 'setDemoView', view: 'top' });
  await nextFrames(page, 4);
  const top = decodePng(await page.screenshot());
  assert.ok(changedFraction(decodePng(raised), top) > 0.01, 'the top view looks like the default view');
  await page.close();
});

test('a per-side exercise switches arms and says which', async () => {
  const page = await shared.browser.newPage();
  await openApp(page, shared.server.url);
  await dispatch(page, { type: 'openExercise', id: 'arm-reach' });
  await dispatch(page, { type: 'setDemoPaused', paused: true });
  await dispatch(page, { type: 'scrubDemo', time: 3 });
  let state = await demo(page);
  assert.equal(state.phase, 'hold');
  assert.equal(state.side, 'left');
  await dispatch(page, { type: 'scrubDemo', time: 12 });
  state = await demo(page);
  assert.equal(state.phase, 'hold');
  assert.equal(state.side, 'right');
  assert.equal(state.loopSeconds, 18);
  await page.close();
});

test('the exercise screen with its figure works at phone width', async () => {
  const page = await shared.browser.newPage();
  const problems = watchConsole(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, shared.server.url);
  await dispatch(page, { type: 'openExercise', id: 'thoracic-stretch' });
  await dispatch(page, { type: 'setDemoPaused', paused: true });
  await dispatch(page, { type: 'scrubDemo', time: 5 });
  await nextFrames(page, 5);
  const shot = await page.screenshot();
  saveResult('demo-phone.png', shot);
  assert.ok(luminanceDeviation(decodePng(shot)) > 10, 'the screen looks blank');
  assert.deepEqual(problems, []);
  await page.close();
});

test('cost of sampling and drawing one figure (reported)', async () => {
  const page = await shared.browser.newPage();
  await openApp(page, shared.server.url);
  const results = await page.evaluate(() => {
    const out = {};
    for (const id of ['arm-slides', 'shoulder-roll', 'upper-back-stretch', 'mid-trap']) {
      const size = Module.lengthBytesUTF8(id) + 1;
      const pointer = Module._malloc(size);
      Module.stringToUTF8(id, pointer, size);
      Module._ubr_bench_figure(pointer, 200);  // warm up
      out[id] = Module._ubr_bench_figure(pointer, 2000);
      Module._free(pointer);
    }
    return out;
  });
  console.log(`sample + draw a demonstration frame (the figure with its paths and the mistake beside it), microseconds: ${JSON.stringify(results)}`);
  for (const [id, micros] of Object.entries(results)) {
    assert.ok(micros > 0, `${id}: no measurement`);
    // A frame at 60 Hz has 16,667 us; the figure must be a small part of it even on SwiftShader's CPU.
    assert.ok(micros < 2000, `${id}: ${micros} us per figure`);
  }
  await page.close();
});
