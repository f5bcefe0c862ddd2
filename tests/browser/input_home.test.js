// The home screen by real input, by mouse, by finger (phone) and by keyboard (the mirror's twins): the two buttons
// at the top, every exercise card, the display choices at the foot (text size, colours, motion) and the safety
// guidance with its way back. Each test checks what the person then sees: the mirror's screen, title, labels and
// pressed states, the app's state, and for text size and colours the picture itself.
// window.app.dispatch only sets tests up (back home, a display choice to start from).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changedFraction, saveResult } from './harness.js';
import {
  INPUT_ORDER, activate, appState, areaOf, assertNoNewProblems, bringToHand, findControl, home, itemLabelled,
  meanLuminance, mirror, pagesPerInput, pointIn, press, reveal, screenshotPng, scrollStep, setUp, swipe, waitForScreen,
} from './real_input_more.js';

const shared = pagesPerInput();

const EXERCISES = [
  ['arm-slides', 'Arm Slides'], ['shoulder-blade-squeeze', 'Shoulder Blade Squeeze'],
  ['elbow-squeeze', 'Elbow Squeeze'], ['arm-reach', 'Arm Reach'], ['thoracic-stretch', 'Thoracic Stretch'],
  ['shoulder-roll', 'Shoulder Roll'], ['upper-back-stretch', 'Upper Back Stretch'], ['mid-trap', 'Mid-Trap Raise'],
];

// Runs `body(page)` on the input's page, back home with default display choices first; checks for console errors.
function homeTest(name, input, body, options = {}) {
  test(`home: ${name} by ${input}`, options, async () => {
    const page = await shared.pageFor(input);
    await home(page);
    const mark = shared.problems.length;
    await body(page);
    assertNoNewProblems(shared, mark);
  });
}

const comfort = async (page) => (await appState(page)).comfort;
const checked = async (page, pattern) => (await findControl(page, pattern)).checked;

for (const input of INPUT_ORDER) {
  homeTest('"Start a session" opens the routines', input, async (page) => {
    await press(page, input, '^Start a session$');
    await waitForScreen(page, 'routines');
    const shown = await mirror(page);
    assert.equal(shown.title, 'Routines');
    assert.ok(await itemLabelled(page, '^Start Full routine$'), 'the routines screen shows no start button');
  });

  homeTest('"Your progress" opens the progress screen', input, async (page) => {
    await press(page, input, '^Your progress$');
    await waitForScreen(page, 'progress');
    assert.equal((await mirror(page)).title, 'Progress');
    assert.ok(await itemLabelled(page, 'sessions this week'), 'the progress screen shows no weekly count');
  });

  for (const [id, name] of EXERCISES) {
    homeTest(`the "${name}" card opens its exercise`, input, async (page) => {
      assert.ok((await appState(page)).exercises.some((e) => e.id === id && e.name === name), `no exercise ${id}`);
      await press(page, input, `^${name}\\. `);
      await waitForScreen(page, 'exercise');
      assert.equal((await mirror(page)).title, name);
      assert.equal((await appState(page)).selectedExercise, id);
      assert.ok(await itemLabelled(page, '^Pause demonstration$'), 'the demonstration has no controls');
    });
  }

  homeTest('"Larger text" (A+) makes all text larger', input, async (page) => {
    assert.ok(await itemLabelled(page, '^Text size 100%$'));
    const control = await bringToHand(page, input, '^Larger text$');
    const around = await areaOf(page, control, 160);  // the display choices, as the person sees them
    const shotBefore = await screenshotPng(page, around);
    await activate(page, input, control);
    const scale = (await comfort(page)).textScale;
    assert.ok(scale > 1, `text scale stayed ${scale}`);
    assert.ok(await itemLabelled(page, `^Text size ${Math.round(scale * 100)}%$`), 'the shown size did not change');
    const shotAfter = await screenshotPng(page, around);
    assert.ok(changedFraction(shotBefore, shotAfter) > 0.02, 'the screen looks the same');
    // The control itself, now drawn with the new text size (brought back into view where it moved away).
    const after = input === 'keyboard' ? await findControl(page, '^Larger text$')
      : await reveal(page, '^Larger text$');
    assert.ok(after.rect[3] > control.rect[3] * 1.05 || after.rect[2] > control.rect[2] * 1.05,
      `the A+ button did not grow: ${control.rect} -> ${after.rect}`);
  });

  homeTest('"Smaller text" (A−) makes all text smaller', input, async (page) => {
    const control = await bringToHand(page, input, '^Smaller text$');
    const around = await areaOf(page, control, 160);
    const shotBefore = await screenshotPng(page, around);
    await activate(page, input, control);
    const scale = (await comfort(page)).textScale;
    assert.ok(scale < 1, `text scale stayed ${scale}`);
    assert.ok(await itemLabelled(page, `^Text size ${Math.round(scale * 100)}%$`), 'the shown size did not change');
    assert.ok(changedFraction(shotBefore, await screenshotPng(page, around)) > 0.02, 'the screen looks the same');
    // The control itself, now drawn with the new text size (brought back into view where it moved away).
    const after = input === 'keyboard' ? await findControl(page, '^Smaller text$')
      : await reveal(page, '^Smaller text$');
    assert.ok(after.rect[3] < control.rect[3] * 0.97 || after.rect[2] < control.rect[2] * 0.97,
      `the A− button did not shrink: ${control.rect} -> ${after.rect}`);
  });

  homeTest('"Dark" colours turn the screen dark', input, async (page) => {
    await setUp(page, { type: 'updateComfort', theme: 'light' });
    const control = await bringToHand(page, input, '^Dark colours$');
    const around = await areaOf(page, control, 160);
    const bright = meanLuminance(await screenshotPng(page, around));
    await activate(page, input, control);
    const now = await comfort(page);
    assert.equal(now.theme, 'dark');
    assert.equal(now.dark, true);
    assert.equal(await checked(page, '^Dark colours$'), true);
    assert.equal(await checked(page, '^Light colours$'), false);
    const dim = meanLuminance(await screenshotPng(page, around));
    assert.ok(dim < bright - 60, `the screen did not go dark: luminance ${bright.toFixed(0)} -> ${dim.toFixed(0)}`);
    if (input === 'touch') saveResult('input-home-dark-touch.png', await page.screenshot());
  });

  homeTest('"Light" colours turn the screen light', input, async (page) => {
    await setUp(page, { type: 'updateComfort', theme: 'dark' });
    const control = await bringToHand(page, input, '^Light colours$');
    const around = await areaOf(page, control, 160);
    const dim = meanLuminance(await screenshotPng(page, around));
    await activate(page, input, control);
    const now = await comfort(page);
    assert.equal(now.theme, 'light');
    assert.equal(now.dark, false);
    assert.equal(await checked(page, '^Light colours$'), true);
    assert.equal(await checked(page, '^Dark colours$'), false);
    const bright = meanLuminance(await screenshotPng(page, around));
    assert.ok(bright > dim + 60, `the screen did not turn light: luminance ${dim.toFixed(0)} -> ${bright.toFixed(0)}`);
  });

  homeTest('colours "System" follows the (light) system again', input, async (page) => {
    await setUp(page, { type: 'updateComfort', theme: 'dark' });
    const control = await bringToHand(page, input, '^Colours follow the system$');
    const around = await areaOf(page, control, 160);
    const dim = meanLuminance(await screenshotPng(page, around));
    await activate(page, input, control);
    const now = await comfort(page);
    assert.equal(now.theme, 'system');
    assert.equal(now.dark, now.systemDark);
    assert.equal(now.dark, false, 'this browser prefers light colours');
    assert.equal(await checked(page, '^Colours follow the system$'), true);
    assert.equal(await checked(page, '^Dark colours$'), false);
    const bright = meanLuminance(await screenshotPng(page, around));
    assert.ok(bright > dim + 60, `the screen did not turn light: luminance ${dim.toFixed(0)} -> ${bright.toFixed(0)}`);
  });

  homeTest('"Key poses" motion steps the demonstrations', input, async (page) => {
    await press(page, input, '^Key poses only, no smooth motion$');
    const now = await comfort(page);
    assert.equal(now.motion, 'steps');
    assert.equal(now.steppedMotion, true);
    assert.equal(await checked(page, '^Key poses only'), true);
    assert.equal(await checked(page, '^Motion follows the system$'), false);
  });

  homeTest('"Smooth" motion', input, async (page) => {
    await setUp(page, { type: 'updateComfort', motion: 'steps' });
    await press(page, input, '^Smooth motion$');
    const now = await comfort(page);
    assert.equal(now.motion, 'smooth');
    assert.equal(now.steppedMotion, false);
    assert.equal(await checked(page, '^Smooth motion$'), true);
    assert.equal(await checked(page, '^Key poses only'), false);
  });

  homeTest('motion "System" follows the system again', input, async (page) => {
    await setUp(page, { type: 'updateComfort', motion: 'steps' });
    await press(page, input, '^Motion follows the system$');
    const now = await comfort(page);
    assert.equal(now.motion, 'system');
    assert.equal(now.steppedMotion, now.systemReducedMotion);
    assert.equal(await checked(page, '^Motion follows the system$'), true);
    assert.equal(await checked(page, '^Key poses only'), false);
  });

  homeTest('"Safety guidance" before it was acknowledged, then "I understand"', input, async (page) => {
    // Set-up: a profile that has not yet read the guidance.
    await page.evaluate(() => localStorage.removeItem('ubr.safety'));
    await shared.reload();
    assert.equal((await appState(page)).safety.acknowledged, false);
    await press(page, input, '^Safety guidance$');
    await waitForScreen(page, 'safety');
    assert.equal((await mirror(page)).title, 'Before you start');
    assert.ok(await itemLabelled(page, 'not medical advice'), 'the guidance text is not shown');
    await press(page, input, '^I understand$');
    await waitForScreen(page, 'home');
    assert.equal((await appState(page)).safety.acknowledged, true);
  });

  homeTest('"Safety guidance" once acknowledged, then "Back"', input, async (page) => {
    await setUp(page, { type: 'acknowledgeSafety' });
    await press(page, input, '^Safety guidance$');
    await waitForScreen(page, 'safety');
    assert.equal((await mirror(page)).title, 'Before you start');
    assert.equal(await itemLabelled(page, '^I understand'), undefined, 'asked to acknowledge again');
    await press(page, input, '^Back$');
    await waitForScreen(page, 'home');
    assert.ok(await itemLabelled(page, '^Safety guidance$'));
  });

  // A phone has no wheel: a finger's swipe up the screen must bring the display choices at the foot into view.
  if (input === 'touch') {
    // At the largest text on the narrowest phones, every control of every screen stays inside the screen: none is
    // cut at its right edge (the mirror's rectangles are clipped to what is shown, so a control drawn past the
    // content's edge would end at the clipping edge, half a padding from the screen's).
    homeTest('at 160 % text on 320 and 390 px wide phones every control fits the width, on every screen', input,
      async (page) => {
        const SCREENS = [
          ['home', []],
          ['routines', [{ type: 'openRoutines' }]],
          ['progress', [{ type: 'openProgress' }]],
          ['exercise', [{ type: 'openExercise', id: 'shoulder-blade-squeeze' }]],
          ['session', [{ type: 'acknowledgeSafety' }, { type: 'startSession', routine: 'full' }]],
          ['session', [{ type: 'acknowledgeSafety' }, { type: 'startSession', routine: 'full' }, { type: 'endSession' }]],
        ];
        const PADDING = 20;  // the screen window's padding (src/ui/theme.cpp)
        const original = page.viewportSize();
        try {
          for (const width of [320, 390]) {
            await page.setViewportSize({ width, height: 700 });
            for (const [screen, actions] of SCREENS) {
              await home(page);
              await setUp(page, { type: 'updateComfort', textScale: 1.6 }, ...actions);
              await waitForScreen(page, screen);
              const middle = { x: width / 2, y: 350 };
              await scrollStep(page, 'wheel', middle, -5000);
              let signature = '';
              for (let i = 0; i < 40; i++) {
                const shown = await mirror(page);
                for (const item of shown.items.filter((it) => it.visible && it.role !== 'text')) {
                  const [x, , w] = item.rect;
                  assert.ok(x >= 0 && x + w <= width - PADDING + 1,
                    `${width} px, ${screen}: '${item.label}' spans x ${x}..${x + w}`);
                }
                const now = shown.items.map((it) => it.rect.join()).join('|');
                if (now === signature) break;
                signature = now;
                await scrollStep(page, 'wheel', middle, 400);
              }
            }
          }
        } finally {
          await page.setViewportSize(original);
          await home(page);
        }
      });

    homeTest('a swipe up the screen scrolls down to the display choices', input, async (page) => {
      assert.equal((await findControl(page, '^Safety guidance$')).visible, false);
      await reveal(page, '^Safety guidance$', { how: 'swipe' });
      assert.equal((await findControl(page, '^Safety guidance$')).visible, true);
      // Then a tap on what the swipe brought into view works.
      await press(page, input, '^Safety guidance$', { how: 'swipe' });
      await waitForScreen(page, 'safety');
    });

    homeTest('a swipe that starts on a card scrolls and does not open it', input, async (page) => {
      const viewport = page.viewportSize();
      await scrollStep(page, 'wheel', { x: viewport.width / 2, y: viewport.height / 2 }, -3000);  // to the top
      const top = (await findControl(page, '^Start a session$')).rect[1];
      const start = await pointIn(page, await findControl(page, '^Arm Slides\\. '));
      await swipe(page, start, { x: start.x, y: start.y - 300 });
      assert.equal((await appState(page)).screen, 'home', 'the swipe opened the card it started on');
      const moved = (await findControl(page, '^Start a session$'));
      assert.ok(!moved.visible || moved.rect[1] < top - 200, `the screen did not scroll: ${moved.rect}`);
    });

    homeTest('a swipe down scrolls back up', input, async (page) => {
      const viewport = page.viewportSize();
      // To the top: the wheel turns until the top of the screen stops moving (each turn scrolls a few lines).
      let shown = await findControl(page, '^Start a session$');
      for (let turn = 0, last = null; turn < 40; turn++) {
        await scrollStep(page, 'wheel', { x: viewport.width / 2, y: viewport.height / 2 }, -3000);
        shown = await findControl(page, '^Start a session$');
        if (shown.visible && shown.rect[1] === last) break;
        last = shown.visible ? shown.rect[1] : null;
      }
      assert.ok(shown.visible, 'the wheel did not bring the top of the screen back');
      const top = shown.rect[1];
      await swipe(page, { x: viewport.width / 2, y: 600 }, { x: viewport.width / 2, y: 300 });
      assert.equal((await findControl(page, '^Start a session$')).visible, false, 'the swipe up did not scroll');
      await swipe(page, { x: viewport.width / 2, y: 200 }, { x: viewport.width / 2, y: 700 });
      const back = await findControl(page, '^Start a session$');
      assert.equal(back.visible && back.rect[1], top, 'a swipe down did not scroll back to the top');
      assert.equal((await appState(page)).screen, 'home');
    });
  }
}
