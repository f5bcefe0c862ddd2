// A running guided session's controls by real input, by mouse, by finger (phone) and by keyboard (the mirror's
// twins): pause and resume, next, back (previous exercise), skip wait / skip rest, restart the exercise, end, pain
// before (get-ready screen) and after (summary), and Done. Each test checks what the person then sees: the mirror's
// status line and buttons, state().session, and what went into progress.
// window.app.dispatch only sets tests up: acknowledge the guidance, longer countdowns, start a session, move the
// session to where the control is used (next steps, the automation clock), end it for the summary.
// No note field is drawn on the summary (nor anywhere in a session), so there is no note to type here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextFrames } from './harness.js';
import {
  INPUT_ORDER, appState, assertNoNewProblems, bringToHand, findControl, home, itemLabelled, mirror, pagesPerInput, press,
  setUp, tabTo, waitForScreen,
} from './real_input_more.js';

const shared = pagesPerInput();
const session = async (page) => (await appState(page)).session;
const statusLine = async (page) => {
  // The line under the ring: "Get ready. 28 seconds left", "Move. Repetition 1 of 10", "Paused. …".
  const item = (await mirror(page)).items.find((i) => i.role === 'text' && /seconds left|Repetition/.test(i.label));
  return item ? item.label : '';
};

const PREPARE = [
  { type: 'acknowledgeSafety' },
  { type: 'updateSettings', getReadySeconds: 30, restSeconds: 30, previewSeconds: 20 },
];

// Runs `body(page)` on the input's page with a session started (`routine`), after the set-up `actions`.
function sessionTest(name, input, body, { routine = 'full', actions = [], ...options } = {}) {
  test(`session: ${name} by ${input}`, options, async () => {
    const page = await shared.pageFor(input);
    await home(page);
    await setUp(page, ...PREPARE, { type: 'startSession', routine });
    await waitForScreen(page, 'session');
    for (const action of actions) {
      if (typeof action === 'function') await action(page);
      else await setUp(page, action);
    }
    const mark = shared.problems.length;
    await body(page);
    assertNoNewProblems(shared, mark);
  });
}

// Set-up, in the page: the automation clock moves on 2 s at a time until the session reaches `phase`.
const advanceUntilPhase = (phase) => async (page) => {
  const reached = await page.evaluate((wanted) => {
    for (let i = 0; i < 400; i++) {
      if (window.app.state().session.phase === wanted) return true;
      window.app.dispatch({ type: 'advanceTime', seconds: 2 });
    }
    return false;
  }, phase);
  assert.ok(reached, `the session never reached ${phase}`);
  await nextFrames(page, 3);
};
// Set-up, in the page: next steps until the session is in the work of exercise `id`, or its rep `rep`.
const workOn = (id, rep = 1) => async (page) => {
  const reached = await page.evaluate(([wanted, wantedRep]) => {
    const app = window.app;
    for (let i = 0; i < 60; i++) {
      const s = app.state().session;
      const working = ['rep', 'hold', 'release'].includes(s.phase);
      if (s.exerciseId === wanted && working && s.rep >= wantedRep) return true;
      if (s.exerciseId === wanted && working) app.dispatch({ type: 'advanceTime', seconds: 1 });
      else app.dispatch({ type: 'nextStep' });
    }
    return false;
  }, [id, rep]);
  assert.ok(reached, `the session never reached ${id} rep ${rep}`);
  await nextFrames(page, 3);
};

for (const input of INPUT_ORDER) {
  sessionTest('"Pause" freezes the countdown', input, async (page) => {
    await press(page, input, '^Pause$');
    const paused = await session(page);
    assert.equal(paused.paused, true);
    assert.ok(await itemLabelled(page, '^Resume$'), 'no Resume button');
    assert.equal(await itemLabelled(page, '^Pause$'), undefined);
    assert.match(await statusLine(page), /^Paused\./);
    await nextFrames(page, 10);
    assert.equal((await session(page)).remaining, paused.remaining, 'the countdown still runs');
    await page.waitForFunction(() => window.app.a11y.announcements.at(-1) === 'Paused', null, { timeout: 3000 });
  });

  sessionTest('"Resume" runs it again', input, async (page) => {
    const paused = await session(page);
    await press(page, input, '^Resume$');
    assert.equal((await session(page)).paused, false);
    assert.ok(await itemLabelled(page, '^Pause$'), 'no Pause button');
    assert.match(await statusLine(page), /^Get ready\./);
    await nextFrames(page, 10);
    assert.ok((await session(page)).remaining < paused.remaining, 'the countdown does not run');
  }, { actions: [{ type: 'pauseSession' }] });

  sessionTest('"Next" during the work goes on to the next exercise', input, async (page) => {
    assert.equal((await session(page)).phase, 'rep');
    await press(page, input, '^Next →$');
    const now = await session(page);
    assert.equal(now.exerciseIndex, 1);
    assert.equal(now.exerciseId, 'shoulder-blade-squeeze');
    assert.equal(now.phase, 'preview');
    assert.match(await statusLine(page), /seconds left/);
    assert.equal((await mirror(page)).screen, 'session');
  }, { actions: [{ type: 'nextStep' }] });

  sessionTest('"Next" during get ready starts the work', input, async (page) => {
    await press(page, input, '^Next →$');
    const now = await session(page);
    assert.equal(now.phase, 'rep');
    assert.equal(now.rep, 1);
    assert.equal(now.exerciseIndex, 0);
    assert.match(await statusLine(page), /Repetition 1 of 10/);
  });

  sessionTest('"Back" returns to the previous exercise', input, async (page) => {
    assert.equal((await session(page)).exerciseIndex, 1);
    await press(page, input, '^← Back$');
    const now = await session(page);
    assert.equal(now.exerciseIndex, 0);
    assert.equal(now.exerciseId, 'arm-slides');
    assert.equal(now.rep, 0);
    assert.match(await statusLine(page), /^Get ready\./);
  }, { actions: [{ type: 'nextStep' }, { type: 'nextStep' }] });

  sessionTest('"Skip wait" skips the get-ready countdown', input, async (page) => {
    assert.equal((await session(page)).phase, 'getReady');
    await press(page, input, '^Skip wait$');
    const now = await session(page);
    assert.equal(now.phase, 'rep');
    assert.equal(now.rep, 1);
    assert.match(await statusLine(page), /Repetition 1 of 10/);
    // During the work there is nothing to skip: the button is dimmed and does nothing.
    const dimmed = await findControl(page, '^Skip wait$');
    assert.equal(dimmed.enabled, false);
    const step = (await session(page)).stepIndex;
    await press(page, input, '^Skip wait$');
    assert.equal((await session(page)).stepIndex, step, 'a dimmed Skip wait skipped something');
  });

  sessionTest('"Skip rest" ends a rest between sets', input, async (page) => {
    const resting = await session(page);
    assert.equal(resting.phase, 'rest');
    assert.equal(resting.exerciseId, 'mid-trap');
    await press(page, input, '^Skip rest$');
    const now = await session(page);
    assert.equal(now.phase, 'rep');
    assert.equal(now.set, 2);
    assert.equal(now.rep, 1);
    assert.match(await statusLine(page), /Repetition 1 of 15/);
  }, { actions: [workOn('mid-trap'), advanceUntilPhase('rest')] });

  sessionTest('"Restart" starts the exercise again, keeping the work done', input, async (page) => {
    const before = await session(page);
    assert.equal(before.exerciseIndex, 1);
    assert.ok(before.rep >= 2, `rep ${before.rep}`);
    await press(page, input, '^Restart$');
    const now = await session(page);
    assert.equal(now.exerciseIndex, 1);
    assert.ok(now.stepIndex < before.stepIndex, `step ${before.stepIndex} -> ${now.stepIndex}`);
    assert.ok(now.rep <= 1, `rep ${now.rep} after restarting`);
    const tally = now.tallies.find((t) => t.exerciseId === 'shoulder-blade-squeeze');
    assert.ok(tally && tally.repsDone >= 1, `the work done was dropped: ${JSON.stringify(tally)}`);
  }, { actions: [workOn('shoulder-blade-squeeze', 2)] });

  sessionTest('"End" ends early: the summary, and a record in progress', input, async (page) => {
    const count = (await appState(page)).progress.sessionCount;
    await press(page, input, '^End$');
    const now = await session(page);
    assert.equal(now.running, false);
    assert.equal(now.phase, 'summary');
    assert.ok(now.recordId, 'no record id');
    const progress = (await appState(page)).progress;
    assert.equal(progress.sessionCount, count + 1);
    assert.equal(progress.recentSessions[0].id, now.recordId);
    assert.ok(await itemLabelled(page, '^Done$'), 'the summary has no Done button');
    assert.ok(await itemLabelled(page, '^Arm Slides: 1 of 10'), 'the summary does not list the work done');
  }, { actions: [{ type: 'nextStep' }, { type: 'advanceTime', seconds: 8 }] });

  for (const level of [0, 10]) {
    sessionTest(`pain before "${level}"`, input, async (page) => {
      const label = `^Pain ${level} of 10$`;
      await press(page, input, label);
      assert.equal((await session(page)).painBefore, level);
      assert.equal((await findControl(page, label)).checked, true);
      assert.equal((await mirror(page)).items.filter((i) => /^Pain \d+ of 10$/.test(i.label) && i.checked).length, 1);
      // Pressed again, the choice is taken back.
      await press(page, input, label);
      assert.equal((await session(page)).painBefore, null);
      assert.equal((await findControl(page, label)).checked, false);
      // It goes into the session's record.
      await press(page, input, label);
      await setUp(page, { type: 'endSession' });
      assert.equal((await appState(page)).progress.recentSessions[0].painBefore, level);
    });
  }

  // Pain after is saved on the session's record, and the summary marks the level the record holds, however chosen.
  for (const level of [0, 10]) {
    sessionTest(`pain after "${level}" on the summary`, input, async (page) => {
      const label = `^Pain after: ${level} of 10$`;
      const id = (await session(page)).recordId;
      const painAfter = async () => (await appState(page)).progress.recentSessions.find((s) => s.id === id).painAfter;
      await press(page, input, label);
      assert.equal(await painAfter(), level);
      assert.equal((await findControl(page, label)).checked, true);
      assert.equal((await mirror(page)).items.filter((i) => /^Pain after/.test(i.label) && i.checked).length, 1);
      // Pressed again, the choice is taken back, as before the session.
      await press(page, input, label);
      assert.equal(await painAfter(), null);
      assert.equal((await mirror(page)).items.filter((i) => /^Pain after/.test(i.label) && i.checked).length, 0);
    }, { actions: [{ type: 'endSession' }] });
  }

  // Every pain level can be seen and reached on the screen: the rows wrap at a phone's width and the largest text.
  for (const [where, actions, pattern] of [['before the work', [], '^Pain \\d+ of 10$'],
    ['on the summary', [{ type: 'endSession' }], '^Pain after: \\d+ of 10$']]) {
    sessionTest(`the pain levels ${where} fit the screen at 160 % text`, input, async (page) => {
      const viewport = page.viewportSize();
      for (const level of [0, 5, 10]) {
        // A finger swipes a phone's screen to bring a level into view (no wheel there).
        const how = input === 'touch' ? 'swipe' : 'wheel';
        const item = await bringToHand(page, input, pattern.replace('\\d+', String(level)), { how });
        const [x, , width] = item.rect;
        assert.ok(x >= 0 && x + width <= viewport.width, `level ${level} at x ${x}..${x + width} of ${viewport.width}`);
      }
      const levels = (await mirror(page)).items.filter((i) => new RegExp(pattern).test(i.label));
      assert.equal(levels.length, 11);
      assert.ok(levels.every((i) => i.rect[0] + i.rect[2] <= viewport.width), 'a level runs off the right edge');
    }, { actions: [{ type: 'updateComfort', textScale: 1.6 }, ...actions] });
  }

  if (input === 'keyboard') {
    // Space on a focused button acts on key up; the mirror must never take the button out of the page meanwhile,
    // though a label changes every second of the countdown.
    sessionTest('Space on a focused pain level works every time while the countdown runs', input, async (page) => {
      await tabTo(page, '^Pain 3 of 10$');
      const focused = await page.evaluateHandle(() => document.activeElement);
      const firstLine = await statusLine(page);
      let lost = 0;
      for (let i = 0; i < 40; i++) {
        const before = (await session(page)).painBefore;
        await page.keyboard.press('Space');
        await nextFrames(page, 2);
        if ((await session(page)).painBefore === before) lost++;
      }
      assert.equal(lost, 0, `${lost} of 40 presses of Space did nothing`);
      assert.ok(await focused.evaluate((el) => el === document.activeElement && el.isConnected), 'focus moved');
      assert.notEqual(await statusLine(page), firstLine, 'the countdown did not run meanwhile');
      assert.equal((await session(page)).phase, 'getReady');
    });

    // Focus is in the page's mirror (the heading, after the start), not on the canvas: the session's keys still work.
    test('session: Space, arrows and Esc with focus on the mirror\'s heading and buttons by keyboard', async () => {
      const page = await shared.pageFor(input);
      await home(page);
      await setUp(page, ...PREPARE, { type: 'openRoutines' });
      await waitForScreen(page, 'routines');
      const mark = shared.problems.length;
      await press(page, input, '^Start Short routine');
      await waitForScreen(page, 'session');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'a11y-heading');
      await page.keyboard.press('Space');
      await nextFrames(page, 3);
      assert.equal((await session(page)).paused, true, 'Space on the heading did not pause');
      assert.match(await statusLine(page), /^Paused\./);
      await page.keyboard.press('Space');
      await nextFrames(page, 3);
      assert.equal((await session(page)).paused, false, 'Space on the heading did not resume');
      await page.keyboard.press('ArrowRight');
      await nextFrames(page, 3);
      assert.equal((await session(page)).phase, 'rep', '→ did not start the work');
      await page.keyboard.press('ArrowRight');
      await nextFrames(page, 3);
      assert.equal((await session(page)).exerciseIndex, 1, '→ did not go on to the next exercise');
      await page.keyboard.press('ArrowLeft');
      await nextFrames(page, 3);
      assert.equal((await session(page)).exerciseIndex, 0, '← did not go back');
      // On a focused button Space presses that button, once; the arrows still step.
      await tabTo(page, '^Pause$');
      await page.keyboard.press('Space');
      await nextFrames(page, 3);
      assert.equal((await session(page)).paused, true, 'Space on "Pause" did not pause (or paused and resumed)');
      await tabTo(page, '^Resume$');
      const step = (await session(page)).stepIndex;
      await page.keyboard.press('ArrowRight');
      await nextFrames(page, 3);
      assert.ok((await session(page)).stepIndex > step, '→ on a focused button did not step');
      await page.keyboard.press('Escape');
      await nextFrames(page, 3);
      assert.equal((await session(page)).phase, 'summary', 'Esc did not end the session');
      await page.keyboard.press('Escape');
      await waitForScreen(page, 'home');
      assertNoNewProblems(shared, mark);
    });
  }

  sessionTest('"Done" leaves the summary for home', input, async (page) => {
    await press(page, input, '^Done$');
    await waitForScreen(page, 'home');
    assert.equal((await session(page)).active, false);
    assert.ok(await itemLabelled(page, '^Start a session$'));
  }, { actions: [{ type: 'endSession' }] });
}

