// The routines screen by real input, by mouse, by finger (phone) and by keyboard (the mirror's twins): Home, the
// start buttons of the built-in routines, and the session settings (the get-ready, rest and preview sliders, Beeps,
// Voice and Volume). The routine editor ("Copy and edit", "New routine", "Edit") is left out: it is being rebuilt.
// Each test checks what the person then sees: the mirror's screen, slider values and checkbox states, and
// state().sessionSettings / state().session. window.app.dispatch only sets tests up (the screen, default settings,
// the safety guidance acknowledged).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextFrames } from './harness.js';
import {
  INPUT_ORDER, appState, assertNoNewProblems, drag, findControl, home, itemLabelled, pagesPerInput, press, reveal,
  setUp, tabTo, waitForScreen,
} from './real_input_more.js';

const shared = pagesPerInput();
const DEFAULTS = { type: 'updateSettings', getReadySeconds: 5, restSeconds: 30, previewSeconds: 10, sound: true,
  voice: true, volume: 0.8 };
const settings = async (page) => (await appState(page)).sessionSettings;

// Runs `body(page)` on the input's page on the routines screen, with default settings and the guidance read.
function routinesTest(name, input, body, options = {}) {
  test(`routines: ${name} by ${input}`, options, async () => {
    const page = await shared.pageFor(input);
    await home(page);
    await setUp(page, { type: 'acknowledgeSafety' }, DEFAULTS, { type: 'openRoutines' });
    await waitForScreen(page, 'routines');
    const mark = shared.problems.length;
    await body(page);
    assertNoNewProblems(shared, mark);
  });
}

// label, state field, the number state() holds for a slider value, max, the mirror's step, the words for a value.
const SLIDERS = [
  ['Get ready', 'getReadySeconds', (v) => v, 30, 1, (v) => (v === 0 ? 'off' : `${v} seconds`)],
  ['Rest between sets', 'restSeconds', (v) => v, 300, 1, (v) => (v === 0 ? 'off' : `${v} seconds`)],
  ['Pause before each exercise', 'previewSeconds', (v) => v, 60, 1, (v) => (v === 0 ? 'off' : `${v} seconds`)],
  ['Volume', 'volume', (v) => v / 100, 100, 5, (v) => `${v} percent`],
];

for (const input of INPUT_ORDER) {
  routinesTest('"Home" goes back to the exercises', input, async (page) => {
    await press(page, input, '^Home$');
    await waitForScreen(page, 'home');
    assert.ok(await itemLabelled(page, '^Start a session$'));
  });

  for (const [pattern, id, name] of [['^Start Full routine$', 'full', 'Full routine'],
    ['^Start Short routine', 'short', 'Short routine (5 minutes)']]) {
    routinesTest(`"Start" the ${id} routine`, input, async (page) => {
      await press(page, input, pattern);
      await waitForScreen(page, 'session');
      const session = (await appState(page)).session;
      assert.equal(session.running, true);
      assert.equal(session.routine, id);
      assert.equal(session.phase, 'getReady');
      assert.equal((await page.evaluate(() => window.app.a11y.items().title)), name);
      assert.ok(await itemLabelled(page, '^Pause$'), 'the session shows no Pause button');
    });
  }

  for (const [label, field, toState, max, step, words] of SLIDERS) {
    if (input === 'keyboard') {
      routinesTest(`the "${label}" slider by arrow keys, Home and End`, input, async (page) => {
        const start = (await findControl(page, `^${label}$`, 'slider')).value;
        await tabTo(page, `^${label}$`);
        for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowLeft');
        await nextFrames(page, 3);
        let value = start + 2 * step;
        assert.equal((await settings(page))[field], toState(value), `two steps up from ${start}`);
        let shown = await findControl(page, `^${label}$`, 'slider');
        assert.equal(shown.value, value);
        assert.equal(shown.valueText, words(value));
        await page.keyboard.press('End');
        await nextFrames(page, 3);
        assert.equal((await settings(page))[field], toState(max));
        await page.keyboard.press('Home');
        await nextFrames(page, 3);
        value = 0;
        assert.equal((await settings(page))[field], toState(value));
        shown = await findControl(page, `^${label}$`, 'slider');
        assert.equal(shown.valueText, words(value));
      });
    } else {
      routinesTest(`the "${label}" slider dragged`, input, async (page) => {
        const slider = await reveal(page, `^${label}$`, { role: 'slider' });
        await drag(page, input, slider, 0.2, 0.7);
        let value = (await settings(page))[field];
        const expect = toState(0.7 * max);
        assert.ok(Math.abs(value - expect) <= toState(0.1 * max), `dragged to 70 % gave ${value}, not about ${expect}`);
        let shown = await findControl(page, `^${label}$`, 'slider');
        assert.equal(toState(shown.value), value, 'the mirror shows another value');
        assert.equal(shown.valueText, words(shown.value));
        // Dragged right off its left end: off (or silent).
        await drag(page, input, shown, 0.6, -0.3);
        value = (await settings(page))[field];
        assert.equal(value, 0, `dragged past the left end gave ${value}`);
        shown = await findControl(page, `^${label}$`, 'slider');
        assert.equal(shown.valueText, words(0));
      });
    }
  }

  for (const [label, field] of [['Beeps', 'sound'], ['Voice', 'voice']]) {
    routinesTest(`the "${label}" checkbox`, input, async (page) => {
      assert.equal((await findControl(page, `^${label}$`, 'checkbox')).checked, true);
      await press(page, input, `^${label}$`, { role: 'checkbox', key: 'Space' });
      assert.equal((await settings(page))[field], false);
      assert.equal((await findControl(page, `^${label}$`, 'checkbox')).checked, false);
      await press(page, input, `^${label}$`, { role: 'checkbox', key: 'Space' });
      assert.equal((await settings(page))[field], true);
      assert.equal((await findControl(page, `^${label}$`, 'checkbox')).checked, true);
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('ubr.sessionSettings') || '{}'));
      assert.ok(JSON.stringify(stored).length > 2, 'the settings were not stored');
    });
  }
}
