// Guided sessions in a real browser: a guided session runs on real time, pauses and resumes, answers the keyboard, ends
// with a record; routines and settings survive reloads, and unreadable stored routines are kept, not lost.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  decodePng, luminanceDeviation, nextFrames, openApp, saveResult, servedAppInBrowser, watchConsole,
} from './harness.js';

const shared = servedAppInBrowser();

// A fresh page with empty localStorage (plus `stored` keys), at the given viewport size.
async function freshPage({ stored = {}, viewport } = {}) {
  for (const open of shared.browser.pages()) await open.close();
  const page = await shared.browser.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(shared.server.url + 'icon.svg');  // same origin, without starting the app
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, stored);
  await openApp(page, shared.server.url);
  // Sessions wait for the first-use safety guidance (docs/automation.md).
  await page.evaluate(() => window.app.dispatch({ type: 'acknowledgeSafety' }));
  return page;
}

const session = (page) => page.evaluate(() => window.app.state().session);
const dispatch = (page, action) => page.evaluate((a) => window.app.dispatch(a), action);

test('the figure plays at the demonstration\'s pace through whole sessions: figureSpeed 0 or 1, never above 1.25', async () => {
  const page = await freshPage();
  const problems = watchConsole(page);
  for (const routine of ['full', 'short']) {
    assert.deepEqual(await dispatch(page, { type: 'startSession', routine }), { ok: true });
    // The automation clock walks the whole session in quarter seconds; the page keeps what it saw.
    const seen = await page.evaluate(() => {
      const speeds = new Map();
      for (let i = 0; i < 20000 && window.app.state().session.running; i++) {
        const s = window.app.state().session;
        const key = `${s.phase} ${s.figureSpeed}`;
        speeds.set(key, (speeds.get(key) || 0) + 1);
        window.app.dispatch({ type: 'advanceTime', seconds: 0.25 });
      }
      return { ended: !window.app.state().session.running, speeds: Object.fromEntries(speeds) };
    });
    assert.ok(seen.ended, `the ${routine} session did not end`);
    for (const [key, frames] of Object.entries(seen.speeds)) {
      const [phase, speed] = key.split(' ');
      const moving = phase === 'rep' || phase === 'release';
      assert.equal(Number(speed), moving ? 1 : 0, `${routine}: ${phase} at ${speed}x for ${frames} steps`);
    }
    assert.deepEqual(await dispatch(page, { type: 'closeSession' }), { ok: true });
  }
  // Paused, the figure stands still.
  assert.deepEqual(await dispatch(page, { type: 'startSession', routine: 'short' }), { ok: true });
  assert.deepEqual(await dispatch(page, { type: 'nextStep' }), { ok: true });
  assert.equal((await session(page)).figureSpeed, 1);
  assert.deepEqual(await dispatch(page, { type: 'pauseSession' }), { ok: true });
  assert.equal((await session(page)).figureSpeed, 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a session runs on real time: phases advance, pause stops the counter, resume and end', async () => {
  const page = await freshPage();
  const problems = watchConsole(page);
  assert.deepEqual(await dispatch(page, { type: 'startSession', routine: 'full' }), { ok: true });
  let s = await session(page);
  assert.equal((await page.evaluate(() => window.app.state())).screen, 'session');
  assert.equal(s.running, true);
  assert.equal(s.paused, false);
  assert.equal(s.phase, 'getReady');
  assert.equal(s.exerciseId, 'arm-slides');
  assert.ok(s.remaining > 3 && s.remaining <= 5, `remaining ${s.remaining}`);

  // The 5-second get-ready countdown runs out and the first repetition begins.
  await page.waitForFunction(() => window.app.state().session.phase === 'rep', null, { timeout: 15000 });
  s = await session(page);
  assert.equal(s.rep, 1);
  assert.equal(s.reps, 10);
  assert.equal(s.set, 1);
  assert.equal(s.sets, 1);
  assert.equal(s.side, null);
  assert.equal(s.nextExerciseId, 'shoulder-blade-squeeze');
  assert.equal(await page.evaluate(() => window.ubr.cues.status().wantScreenOn), true, 'no wake lock asked for');

  await nextFrames(page, 5);
  const wide = await page.screenshot();
  saveResult('session-wide.png', wide);
  assert.ok(luminanceDeviation(decodePng(wide)) > 10, 'the session screen looks blank');

  // Pause: nothing moves, however long we wait.
  assert.deepEqual(await dispatch(page, { type: 'pauseSession' }), { ok: true });
  const paused = await session(page);
  assert.equal(paused.paused, true);
  await page.waitForTimeout(1500);
  const still = await session(page);
  assert.equal(still.remaining, paused.remaining);
  assert.equal(still.stepIndex, paused.stepIndex);
  assert.equal(still.tallies[0].activeSeconds, paused.tallies[0].activeSeconds);

  // Resume: time moves again.
  assert.deepEqual(await dispatch(page, { type: 'resumeSession' }), { ok: true });
  await page.waitForTimeout(1000);
  const resumed = await session(page);
  assert.equal(resumed.paused, false);
  assert.ok(resumed.remaining < paused.remaining || resumed.stepIndex > paused.stepIndex, 'the counter did not move');

  // End early: the summary, with a record of the partial work.
  assert.deepEqual(await dispatch(page, { type: 'endSession' }), { ok: true });
  const ended = await session(page);
  assert.equal(ended.phase, 'summary');
  assert.equal(ended.running, false);
  assert.equal(ended.completed, false);
  assert.match(ended.recordId, /^s-\d+-1$/);
  await nextFrames(page, 5);
  saveResult('session-summary.png', await page.screenshot());
  assert.equal(await page.evaluate(() => window.ubr.cues.status().wantScreenOn), false, 'the wake lock was kept');
  assert.deepEqual(await dispatch(page, { type: 'closeSession' }), { ok: true });
  assert.equal((await page.evaluate(() => window.app.state())).screen, 'home');
  assert.deepEqual(problems, []);
});

test('keyboard: Space pauses and resumes, the arrows move on and back, Esc ends', async () => {
  const page = await freshPage();
  await dispatch(page, { type: 'startSession', routine: 'short' });
  await nextFrames(page, 3);
  await page.evaluate(() => document.getElementById('canvas').focus());  // SDL reads keys from the canvas
  await page.keyboard.press('Space');
  await nextFrames(page, 2);
  assert.equal((await session(page)).paused, true);
  await page.keyboard.press('Space');
  await nextFrames(page, 2);
  assert.equal((await session(page)).paused, false);
  await page.keyboard.press('ArrowRight');  // skips get ready
  await nextFrames(page, 2);
  assert.equal((await session(page)).phase, 'rep');
  await page.keyboard.press('ArrowRight');  // on to the next exercise
  await nextFrames(page, 2);
  let s = await session(page);
  assert.equal(s.phase, 'preview');
  assert.equal(s.exerciseIndex, 1);
  await page.keyboard.press('ArrowLeft');
  await nextFrames(page, 2);
  s = await session(page);
  assert.equal(s.exerciseIndex, 0);
  assert.equal(s.phase, 'getReady');
  await page.keyboard.press('Escape');
  await nextFrames(page, 2);
  s = await session(page);
  assert.equal(s.phase, 'summary');
  assert.equal(s.running, false);
});

test('a hidden page pauses the session, and the state says why', async () => {
  const page = await freshPage();
  await dispatch(page, { type: 'startSession', routine: 'full' });
  // The page hides after the session screen is up (the page learns that a session runs from the frame it shows).
  await page.waitForFunction(() => window.app.a11y.items().sessionRunning, null, { timeout: 5000 });
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  const s = await session(page);
  assert.equal(s.paused, true);
  assert.equal(s.pausedWhileHidden, true);
});

test('the session screen fits a phone in portrait', async () => {
  const page = await freshPage({ viewport: { width: 360, height: 740 } });
  await dispatch(page, { type: 'startSession', routine: 'full' });
  await dispatch(page, { type: 'nextStep' });
  await dispatch(page, { type: 'nextStep' });
  await dispatch(page, { type: 'nextStep' });  // holding in the shoulder blade squeeze
  await page.waitForFunction(() => window.app.state().session.phase === 'hold', null, { timeout: 10000 });
  await nextFrames(page, 5);
  const shot = await page.screenshot();
  saveResult('session-phone.png', shot);
  assert.ok(luminanceDeviation(decodePng(shot)) > 10, 'the session screen looks blank');
});

test('custom routines and settings survive a reload', async () => {
  const page = await freshPage();
  const routine = {
    name: 'Desk break',
    items: [{ exerciseId: 'shoulder-roll', reps: 5, sets: 1 }, { exerciseId: 'arm-reach', reps: 3, sets: 2, holdSeconds: 8 }],
  };
  assert.deepEqual(await dispatch(page, { type: 'saveRoutine', routine }), { ok: true });
  assert.deepEqual(await dispatch(page, { type: 'updateSettings', restSeconds: 45, sound: false }), { ok: true });
  await nextFrames(page, 3);  // saving happens in the frame after a change
  await page.reload();
  await openApp(page, shared.server.url);
  const state = await page.evaluate(() => window.app.state());
  const custom = state.routines.find((r) => r.id === 'custom-1');
  assert.ok(custom, 'the custom routine is gone');
  assert.equal(custom.name, 'Desk break');
  assert.deepEqual(custom.items.map((i) => [i.exerciseId, i.reps, i.sets, i.holdSeconds, i.perSide]),
    [['shoulder-roll', 5, 1, 0, false], ['arm-reach', 3, 2, 8, true]]);
  assert.equal(state.sessionSettings.restSeconds, 45);
  assert.equal(state.sessionSettings.sound, false);
  assert.deepEqual(await dispatch(page, { type: 'startSession', routine: 'custom-1' }), { ok: true });
  assert.equal((await session(page)).exerciseId, 'shoulder-roll');
});

test('unreadable stored routines are reported and kept word for word', async () => {
  const broken = '{"schema":1,"routines":[{"id":"custom-1","name":"Mine","items":[tru';
  const page = await freshPage({ stored: { 'ubr.routines': broken } });
  const state = await page.evaluate(() => window.app.state());
  assert.match(state.routinesError, /^saved routines: not valid JSON/);
  assert.equal(await page.evaluate(() => localStorage.getItem('ubr.routines')), broken, 'overwritten on load');
  await dispatch(page, { type: 'openRoutines' });
  await nextFrames(page, 5);
  saveResult('routines-unreadable.png', await page.screenshot());
  // Saving a new routine first copies the unreadable text aside.
  await dispatch(page, { type: 'saveRoutine', routine: { name: 'New', items: [{ exerciseId: 'arm-slides', reps: 2, sets: 1 }] } });
  await nextFrames(page, 3);
  assert.equal(await page.evaluate(() => localStorage.getItem('ubr.routines.unreadable')), broken);
  assert.match(await page.evaluate(() => localStorage.getItem('ubr.routines')), /"New"/);
});

test('bad session actions are refused with a reason', async () => {
  const page = await freshPage();
  const results = await page.evaluate(() => [
    window.app.dispatch({ type: 'pauseSession' }),
    window.app.dispatch({ type: 'startSession', routine: 'nope' }),
    window.app.dispatch({ type: 'updateSettings', restSeconds: 9999 }),
    window.app.dispatch({ type: 'setPainBefore', pain: 3 }),
  ]);
  assert.deepEqual(results, [
    { ok: false, error: 'no session is running' },
    { ok: false, error: "no routine with id 'nope'" },
    { ok: false, error: 'action: restSeconds: expected a whole number from 0 to 300, found 9999' },
    { ok: false, error: 'no session is running' },
  ]);
});
