// The routines screen by real input, by mouse, by finger (phone) and by keyboard (the mirror's twins): Home, the
// start buttons of the built-in routines, and the session settings (the get-ready, rest and preview sliders, Beeps,
// Voice and Volume), and the routine editor ("Copy and edit", "New routine", "Edit", its name field, number fields,
// "Add", "Move up", "Remove", "Save routine", "Cancel editing", and "Delete").
// Each test checks what the person then sees: the mirror's screen, slider values and checkbox states, and
// state().sessionSettings / state().session. window.app.dispatch only sets tests up (the screen, default settings,
// the safety guidance acknowledged).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextFrames } from './harness.js';
import {
  INPUT_ORDER, appState, assertNoNewProblems, bringToHand, drag, findControl, home, itemLabelled, pagesPerInput,
  pointIn, press, pressAt, reveal, setUp, tabTo, waitForScreen,
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

// ---- The routine editor --------------------------------------------------------------------------------------
const custom = async (page) => (await appState(page)).routines.filter((r) => !r.builtIn);

// Sets a number field of the editor: its twin is a slider (arrow keys) for the keyboard; by mouse or finger, its
// drawn "+" button (the right end of the field's rectangle, before its label) is pressed `times` times.
async function stepUp(page, input, pattern, times) {
  if (input === 'keyboard') {
    await tabTo(page, pattern);
    for (let i = 0; i < times; i++) await page.keyboard.press('ArrowRight');
    await nextFrames(page, 3);
    return;
  }
  const field = await reveal(page, pattern, { role: 'slider' });
  // ImGui's InputInt: [ value ][-][+] label; the field is 170 px wide (kNumberFieldWidth), its buttons square at
  // its right end.
  const plus = { ...field, rect: [field.rect[0] + 170 - field.rect[3] / 2 - 1, field.rect[1], 1, field.rect[3]] };
  for (let i = 0; i < times; i++) await pressAt(page, input, plus);
}

// Adds `text` at the end of a text field, as a person does: a click or tap in the field after its text (where the
// caret then goes; the item's rectangle ends with the field's label, so not at its very end), or Tab to its twin
// and End.
async function typeAtEnd(page, input, pattern, text) {
  const field = await bringToHand(page, input, pattern, { role: 'textfield' });
  if (input === 'keyboard') {
    await page.keyboard.press('End');
  } else {
    const { x, y } = await pointIn(page, field, 0.85, 0.5);
    if (input === 'touch') await page.touchscreen.tap(x, y);
    else await page.mouse.click(x, y);
    await nextFrames(page, 3);
  }
  await page.keyboard.type(text, { delay: 20 });
  await nextFrames(page, 4);
}

for (const input of INPUT_ORDER) {
  routinesTest('"Copy and edit", the name typed, repetitions raised, "Save routine"', input, async (page) => {
    await setUp(page, ...(await custom(page)).map((r) => ({ type: 'deleteRoutine', id: r.id })));
    await press(page, input, '^Copy and edit Short routine');
    assert.equal((await findControl(page, '^Routine name$', 'textfield')).value, 'My Short routine (5 minutes)');
    await typeAtEnd(page, input, '^Routine name$', ' at work');
    const first = (await appState(page)).routines.find((r) => r.id === 'short').items[0];
    const name = (await itemLabelled(page, '^1\\. ')).label.replace(/^1\. /, '');
    const reps = await findControl(page, `^${name} (repetitions|holds)$`, 'slider');
    assert.equal(reps.value, first.reps);
    await stepUp(page, input, `^${name} (repetitions|holds)$`, 2);
    assert.equal((await findControl(page, `^${name} (repetitions|holds)$`, 'slider')).value, first.reps + 2);
    await press(page, input, '^Save routine$');
    const saved = await custom(page);
    assert.equal(saved.length, 1);
    assert.equal(saved[0].name, 'My Short routine (5 minutes) at work');
    assert.equal(saved[0].items[0].reps, first.reps + 2);
    assert.equal(await itemLabelled(page, '^Save routine$'), undefined, 'the editor is still open');
    assert.ok(await itemLabelled(page, '^Start My Short routine \\(5 minutes\\) at work$'), 'the new routine is not listed');
    const stored = await page.evaluate(() => localStorage.getItem('ubr.routines'));
    assert.match(stored, /at work/);
  });

  routinesTest('"New routine", two exercises added, the second moved up, the first removed, saved, then deleted',
    input, async (page) => {
      await setUp(page, ...(await custom(page)).map((r) => ({ type: 'deleteRoutine', id: r.id })));
      await press(page, input, '^New routine$');
      assert.equal((await findControl(page, '^Save routine$')).enabled, false, 'an empty routine can be saved');
      await press(page, input, '^Add Arm Slides$');
      await press(page, input, '^Add Shoulder Roll');
      assert.ok(await itemLabelled(page, '^2\\. Shoulder Roll'), 'the second exercise is not listed');
      await press(page, input, '^Move Shoulder Roll.* up$');
      assert.ok(await itemLabelled(page, '^1\\. Shoulder Roll'), 'Move up did not move it');
      await press(page, input, '^Remove Shoulder Roll');
      assert.equal(await itemLabelled(page, '^\\d\\. Shoulder Roll'), undefined, 'Remove did not remove it');
      await press(page, input, '^Save routine$');
      let saved = await custom(page);
      assert.deepEqual(saved.map((r) => [r.name, r.items.map((i) => i.exerciseId)]), [['My routine', ['arm-slides']]]);
      await press(page, input, '^Delete My routine$');
      saved = await custom(page);
      assert.deepEqual(saved, []);
      assert.equal(await itemLabelled(page, '^Start My routine$'), undefined, 'the deleted routine is still listed');
    });

  routinesTest('"Edit" a custom routine, then "Cancel editing" keeps it as it was', input, async (page) => {
    await setUp(page, ...(await custom(page)).map((r) => ({ type: 'deleteRoutine', id: r.id })),
      { type: 'saveRoutine', routine: { name: 'Desk', items: [{ exerciseId: 'arm-slides', reps: 10, sets: 1 }] } });
    await press(page, input, '^Edit Desk$');
    await typeAtEnd(page, input, '^Routine name$', ' (changed)');
    await press(page, input, '^Cancel editing$');
    assert.deepEqual((await custom(page)).map((r) => r.name), ['Desk']);
    assert.equal(await itemLabelled(page, '^Routine name$'), undefined, 'the editor is still open');
  });
}
