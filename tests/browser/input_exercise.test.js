// The exercise screen's demonstration by real input, by mouse, by finger (phone) and by keyboard (the mirror's
// twins): back to all exercises, play and pause, the scrub slider (dragged by mouse and finger, arrow keys on its
// twin), the view presets, the speeds, and dragging the figure to turn the camera around it (orbit). Each test checks
// what the person then sees: the mirror's labels, pressed states and slider value, state().demo, and for views and
// orbit the picture itself. window.app.dispatch only sets tests up (open an exercise, pause, a view or speed to
// start from).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changedFraction, nextFrames, saveResult } from './harness.js';
import {
  INPUT_ORDER, activate, appState, areaOf, assertNoNewProblems, bringToHand, drag, dragBetween, findControl, home,
  itemLabelled, mirror, pagesPerInput, pointIn, press, screenshotPng, setUp, tabTo, waitForScreen,
} from './real_input_more.js';

const shared = pagesPerInput();
const EXERCISE = 'arm-slides';  // a 7 s loop
const demo = async (page) => (await appState(page)).demo;

// Runs `body(page)` on the input's page with Arm Slides open, after the set-up `actions`.
function exerciseTest(name, input, body, { actions = [], ...options } = {}) {
  test(`exercise: ${name} by ${input}`, options, async () => {
    const page = await shared.pageFor(input);
    await home(page);
    await setUp(page, { type: 'openExercise', id: EXERCISE }, ...actions);
    await waitForScreen(page, 'exercise');
    const mark = shared.problems.length;
    await body(page);
    assertNoNewProblems(shared, mark);
  });
}

// Where the figure is drawn: above the phase line ("Now: …"), across the width of the demonstration's controls.
async function figureArea(page) {
  const back = await findControl(page, '^All exercises$');
  const now = (await mirror(page)).items.find((i) => /^Now: /.test(i.label));
  const play = await findControl(page, 'demonstration$', 'button');
  const slider = await findControl(page, '^Position in the demonstration$', 'slider');
  assert.ok(now && now.visible, 'the phase line is not on screen');
  const left = play.rect[0];
  const right = slider.rect[0] + slider.rect[2];
  const top = back.rect[1] + back.rect[3] + 50;  // below the back button and the exercise's name
  const bottom = now.rect[1] - 10;
  assert.ok(bottom - top > 100, `the figure has no room: ${top}..${bottom}`);
  return { label: 'the figure', visible: true, rect: [left, top, right - left, bottom - top] };
}

const SETTLED = [{ type: 'setDemoPaused', paused: true }, { type: 'scrubDemo', time: 2 }];

for (const input of INPUT_ORDER) {
  exerciseTest('"All exercises" goes back to the list', input, async (page) => {
    await press(page, input, '^All exercises$');
    await waitForScreen(page, 'home');
    assert.equal((await appState(page)).selectedExercise, null);
    assert.ok(await itemLabelled(page, '^Arm Slides\\. '), 'the list of exercises is not shown');
  });

  exerciseTest('"Pause" stops the demonstration', input, async (page) => {
    assert.equal((await demo(page)).paused, false);
    await press(page, input, '^Pause demonstration$');
    const paused = await demo(page);
    assert.equal(paused.paused, true);
    assert.ok(await itemLabelled(page, '^Play demonstration$'), 'the button does not offer Play now');
    await nextFrames(page, 20);
    assert.equal((await demo(page)).time, paused.time, 'the demonstration still moves');
  });

  exerciseTest('"Play" starts it again', input, async (page) => {
    await press(page, input, '^Play demonstration$');
    const playing = await demo(page);
    assert.equal(playing.paused, false);
    assert.ok(await itemLabelled(page, '^Pause demonstration$'), 'the button does not offer Pause now');
    await nextFrames(page, 20);
    assert.notEqual((await demo(page)).time, playing.time, 'the demonstration does not move');
  }, { actions: SETTLED });

  if (input === 'keyboard') {
    exerciseTest('the scrub slider moves with the arrow keys', input, async (page) => {
      const slider = await findControl(page, '^Position in the demonstration$', 'slider');
      assert.equal(slider.value, 2);
      await tabTo(page, '^Position in the demonstration$');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await nextFrames(page, 4);
      let now = await demo(page);
      assert.ok(Math.abs(now.time - 3) < 1e-6, `two steps right gave ${now.time}, not 3`);
      let shown = await findControl(page, '^Position in the demonstration$', 'slider');
      assert.equal(shown.value, 3);
      assert.equal(shown.valueText, '3.0 of 7.0 seconds');
      const phaseLine = (await mirror(page)).items.find((i) => /^Now: /.test(i.label)).label;
      assert.equal(phaseLine.toLowerCase(), `now: ${now.phase}`);
      await page.keyboard.press('ArrowLeft');
      await nextFrames(page, 4);
      now = await demo(page);
      assert.ok(Math.abs(now.time - 2.5) < 1e-6, `a step left gave ${now.time}, not 2.5`);
      await page.keyboard.press('Home');
      await nextFrames(page, 4);
      assert.equal((await demo(page)).time, 0, 'Home did not go to the start');
      shown = await findControl(page, '^Position in the demonstration$', 'slider');
      assert.equal(shown.value, 0);
    }, { actions: SETTLED });
  } else {
    exerciseTest('the scrub slider dragged', input, async (page) => {
      const slider = await findControl(page, '^Position in the demonstration$', 'slider');
      const loop = (await demo(page)).loopSeconds;
      await drag(page, input, slider, 0.1, 0.8);
      let now = await demo(page);
      assert.equal(now.paused, true);
      assert.ok(Math.abs(now.time - 0.8 * loop) < 0.1 * loop, `dragged to 80 % gave ${now.time} of ${loop} s`);
      let shown = await findControl(page, '^Position in the demonstration$', 'slider');
      assert.ok(Math.abs(shown.value - now.time) < 1e-6, `the slider shows ${shown.value}, the demo is at ${now.time}`);
      const phaseLine = (await mirror(page)).items.find((i) => /^Now: /.test(i.label)).label;
      assert.equal(phaseLine.toLowerCase(), `now: ${now.phase}`);
      await drag(page, input, slider, 0.8, 0.25);
      now = await demo(page);
      assert.ok(Math.abs(now.time - 0.25 * loop) < 0.1 * loop, `dragged back to 25 % gave ${now.time} of ${loop} s`);
      shown = await findControl(page, '^Position in the demonstration$', 'slider');
      assert.ok(Math.abs(shown.value - now.time) < 1e-6);
    }, { actions: SETTLED });
  }

  // Each view from another one, so the picture has to change.
  const VIEWS = [['Best view', 'auto', 'top'], ['Front', 'front', 'back'], ['Side', 'side', 'front'],
    ['Back', 'back', 'front'], ['Top', 'top', 'front']];
  for (const [label, view, from] of VIEWS) {
    exerciseTest(`the "${label}" view`, input, async (page) => {
      const control = await bringToHand(page, input, `^View: ${label}$`);
      assert.equal(control.checked, false);
      const figure = await areaOf(page, await figureArea(page));
      const before = await screenshotPng(page, figure);
      await activate(page, input, control, { key: 'Space' });
      assert.equal((await demo(page)).view, view);
      assert.equal((await findControl(page, `^View: ${label}$`)).checked, true);
      const fromLabel = VIEWS.find((v) => v[1] === from)[0];
      assert.equal((await findControl(page, `^View: ${fromLabel}$`)).checked, false);
      const after = await screenshotPng(page, figure);
      assert.ok(changedFraction(before, after) > 0.01, `the figure looks the same from the ${label} view`);
    }, { actions: [...SETTLED, { type: 'setDemoView', view: from }] });
  }

  for (const [label, speed, from] of [['0.5×', 0.5, 1], ['1×', 1, 2], ['1.5×', 1.5, 1], ['2×', 2, 1]]) {
    exerciseTest(`the "${label}" speed`, input, async (page) => {
      await press(page, input, `^Speed ${label}$`);
      assert.equal((await demo(page)).speed, speed);
      const shown = (await mirror(page)).items.filter((i) => /^Speed /.test(i.label));
      assert.deepEqual(shown.filter((i) => i.checked).map((i) => i.label), [`Speed ${label}`]);
    }, { actions: [{ type: 'setDemoSpeed', speed: from }] });
  }

  if (input === 'keyboard') {
    exerciseTest('turning the camera around the figure (orbit) with the arrow keys', input, async (page) => {
      // A keyboard user turns the figure with its twin in the mirror, as the mouse and the finger drag it.
      const control = await findControl(page, '^Turn the figure$', 'slider');
      const area = await figureArea(page);
      const [x, y, w, h] = control.rect;
      const [cx, cy] = [area.rect[0] + area.rect[2] / 2, area.rect[1] + area.rect[3] / 2];
      assert.ok(cx > x && cx < x + w && cy > y && cy < y + h, `the twin ${control.rect} is not over the figure`);
      const figure = await areaOf(page, area);
      const before = await screenshotPng(page, figure);
      await tabTo(page, '^Turn the figure$');
      await page.keyboard.press('ArrowRight');
      await nextFrames(page, 4);
      const turned = await demo(page);
      assert.equal(turned.view, 'orbit');
      assert.equal((await findControl(page, '^Turn the figure$')).value, control.value + 15);
      assert.ok(changedFraction(before, await screenshotPng(page, figure)) > 0.01, 'the figure did not turn');
      assert.equal((await mirror(page)).items.filter((i) => /^View: /.test(i.label) && i.checked).length, 0,
        'a view preset still shows as chosen');
      // Round the whole way, 24 steps of 15 degrees, past the back: the keys keep turning it.
      for (let i = 0; i < 24; i++) await page.keyboard.press('ArrowLeft');
      await nextFrames(page, 4);
      const round = await demo(page);
      assert.ok(Math.abs(Math.abs(round.yaw - turned.yaw) % 360) < 1, `24 steps left turned yaw ${turned.yaw} -> ${round.yaw}`);
      assert.equal(round.pitch, turned.pitch, 'turning left and right tilted the view');
    }, { actions: SETTLED });
  } else {
    exerciseTest('dragging the figure turns the camera around it (orbit)', input, async (page) => {
      const area = await figureArea(page);
      const figure = await areaOf(page, area);
      const before = await screenshotPng(page, figure);
      const centre = await pointIn(page, area);
      await dragBetween(page, input, { x: centre.x - 60, y: centre.y }, { x: centre.x + 60, y: centre.y });
      let now = await demo(page);
      assert.equal(now.view, 'orbit', `dragging the figure did not orbit: ${JSON.stringify(now)}`);
      const afterFirst = await screenshotPng(page, figure);
      assert.ok(changedFraction(before, afterFirst) > 0.01, 'the figure looks the same after the drag');
      assert.equal((await mirror(page)).items.filter((i) => /^View: /.test(i.label) && i.checked).length, 0,
        'a view preset still shows as chosen');
      // Back the other way: the camera turns back by about half a degree per pixel.
      const { yaw, pitch } = now;
      await dragBetween(page, input, { x: centre.x + 50, y: centre.y }, { x: centre.x - 50, y: centre.y });
      now = await demo(page);
      assert.ok(now.yaw - yaw > 25 && now.yaw - yaw < 75, `dragging 100 px left turned yaw ${yaw} -> ${now.yaw}`);
      // Up and down tilts it.
      await dragBetween(page, input, { x: centre.x, y: centre.y - 40 }, { x: centre.x, y: centre.y + 40 });
      const tilted = await demo(page);
      assert.ok(tilted.pitch > now.pitch + 10, `dragging 80 px down moved pitch ${now.pitch} -> ${tilted.pitch}`);
      assert.ok(Math.abs(tilted.pitch - pitch) > 10);
      assert.ok(changedFraction(afterFirst, await screenshotPng(page, figure)) > 0.01, 'the figure did not turn back');
      saveResult(`input-exercise-orbit-${input}.png`, await page.screenshot({ clip: figure }));
    }, { actions: SETTLED });
  }
}

// Pixels of the mistake's red (light theme: rgb(150, 24, 24)) in an image: the mistaken figure and its name.
function redPixels(png) {
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
    if (r > 110 && r - g > 70 && r - b > 70) count += 1;
  }
  return count;
}

for (const input of INPUT_ORDER) {
  exerciseTest('"Show the mistake" draws the mistake beside the right way, and hides it again', input, async (page) => {
    const control = await bringToHand(page, input, '^Show the mistake to avoid: ');
    assert.equal(control.checked, false);
    assert.equal((await demo(page)).mistake, false);
    const figure = await areaOf(page, await figureArea(page));
    const before = await screenshotPng(page, figure);
    assert.ok(redPixels(before) < 20, `red in the figure before the mistake is shown: ${redPixels(before)} px`);
    await activate(page, input, control, { key: 'Space' });
    const shown = await demo(page);
    assert.equal(shown.mistake, true);
    assert.equal(shown.mistakeName, 'Arms off the wall');
    assert.equal((await findControl(page, '^Show the mistake to avoid: Arms off the wall$')).checked, true);
    assert.ok(await itemLabelled(page, 'the mistake to avoid: Arms off the wall\\. Instead: '),
      'the mistake and what to do instead are not described');
    const withMistake = await screenshotPng(page, figure);
    assert.ok(redPixels(withMistake) > 300, `the mistaken figure is not drawn in red: ${redPixels(withMistake)} px`);
    saveResult(`input-exercise-mistake-${input}.png`, await page.screenshot({ clip: figure }));

    await activate(page, input, await bringToHand(page, input, '^Show the mistake to avoid: '),
      { key: 'Space' });
    assert.equal((await demo(page)).mistake, false);
    assert.equal((await findControl(page, '^Show the mistake to avoid: ')).checked, false);
    assert.ok(redPixels(await screenshotPng(page, figure)) < 20, 'the mistake is still drawn after hiding it');
  }, { actions: SETTLED });
}
