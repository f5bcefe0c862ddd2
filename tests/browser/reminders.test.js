// Desk-break and daily reminders, used as a person uses them: by mouse, by finger (phone) and by keyboard (the
// mirror's twins) on the Reminders screen, the in-app banner and the offer after a first completed session; and the
// system notification (permission granted) with its Start and Snooze answers, clicked in the service worker as the
// system would. Each test checks what the person then sees: state().reminders, the mirror (labels, checked and
// pressed states, slider values), the notifications the service worker holds, the chime (ubr.cues.play with sound 4,
// counted in the page) and, for the banner, the pixels.
// window.app.dispatch only sets tests up: desk breaks every 20 minutes all day, and the wall clock moved on
// (`clock` on an action) so a reminder falls due; a session started, finished or ended.
// Times of day: a test moves the clock up to 45 minutes ahead of now, so one run within 45 minutes of local midnight
// can see a new day (counts and "pause for today" start over) and fail.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { changedFraction, launchBrowser, nextFrames, openApp, watchConsole, withCleanup } from './harness.js';
import { launchForInput } from './real_input.js';
import {
  INPUT_ORDER, activate, appState, areaOf, assertNoNewProblems, bringToHand, drag, findControl, home, itemLabelled, mirror,
  pagesPerInput, press, screenshotPng, setUp, tabTo, waitForScreen,
} from './real_input_more.js';

const shared = pagesPerInput();

const MINUTE = 60000;
const STORAGE_KEY = 'ubr.reminders';
const ALL_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
// Set-up: desk breaks every 20 minutes, every day, all day, so one falls due 20 minutes after they are turned on.
const DESK_EVERY_20 = { type: 'setDeskBreaks', on: true, every: 20, from: 0, to: 24, days: ALL_DAYS };
const TITLE = 'Time for a micro-break';
const BODY_START = 'One or two minutes for your upper back';
const BANNER_BUTTONS = ['Start', 'Snooze 10 min', 'Skip', 'Pause for today'];
const CHIME = 4;  // CueSound::Reminder

const reminders = async (page) => (await appState(page)).reminders;

// Set-up: applies `actions` at the wall clock `minutes` from now (or at `utcMs`), in the page's time zone.
async function at(page, when, ...actions) {
  const refused = await page.evaluate(([list, moment]) => {
    const utcMs = moment.utcMs ?? Date.now() + moment.minutes * 60000;
    const clock = { utcMs, utcOffsetMinutes: -new Date(utcMs).getTimezoneOffset() };
    for (const action of list) {
      const result = window.app.dispatch({ ...action, clock });
      if (!result.ok) return { action, result };
    }
    return null;
  }, [actions, typeof when === 'number' ? { minutes: when } : when]);
  assert.equal(refused, null, `a set-up action was refused: ${JSON.stringify(refused)}`);
  await nextFrames(page, 3);
}
// Set-up: the wall clock reads `when` (minutes from now, or {utcMs}); the scheduler takes its step with it.
const clockReads = (page, when) => at(page, when, { type: 'advanceTime', seconds: 0 });

// Counts, in the page, the chimes the app plays (cues.play with the reminder's sound) and the notifications it asks
// the page to show (ubr.reminders.notify, whatever the permission). Once per page load.
async function listen(page) {
  await page.evaluate((chime) => {
    if (window.reminderTest) return;
    const heard = { chimes: 0, notifies: 0 };
    window.reminderTest = heard;
    const cues = window.ubr.cues;
    const play = cues.play;
    cues.play = (sound, volume) => {
      if (sound === chime) heard.chimes += 1;
      return play.call(cues, sound, volume);
    };
    const page = window.ubr.reminders;
    const notify = page.notify;
    page.notify = (...args) => {
      heard.notifies += 1;
      return notify.apply(page, args);
    };
  }, CHIME);
}
const heard = (page) => page.evaluate(() => ({ ...window.reminderTest }));

// The reminders' system notifications the service worker holds now, as the system shows them.
function notificationsOf(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (await registration.getNotifications({ tag: 'ubr-reminder' })).map((n) => ({
      title: n.title, body: n.body, data: n.data, actions: n.actions.map((a) => ({ action: a.action, title: a.title })),
    }));
  });
}
// Waits until `count` notifications are shown (showing one is asynchronous), then a little longer, so a second one
// on its way would be seen too; returns them.
async function settledNotifications(page, count, timeout = 5000) {
  const end = Date.now() + timeout;
  let list = await notificationsOf(page);
  while (list.length !== count && Date.now() < end) {
    await page.waitForTimeout(100);
    list = await notificationsOf(page);
  }
  await page.waitForTimeout(300);
  list = await notificationsOf(page);
  if (list.length !== count) {
    const seen = await page.evaluate(() => ({ heard: window.reminderTest, reminders: window.app.state().reminders,
      permission: Notification.permission }));
    assert.fail(`${list.length} notifications shown, not ${count}: ${JSON.stringify(list)}; ${JSON.stringify(seen)}`);
  }
  return list;
}
// Closes every notification and waits until the system has taken them away: a close still on its way would
// otherwise take the next notification with the same tag with it.
async function closeNotifications(page) {
  const left = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    for (let i = 0; i < 50; i++) {
      const shown = await registration.getNotifications();
      if (shown.length === 0) return 0;
      shown.forEach((n) => n.close());
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return (await registration.getNotifications()).length;
  });
  assert.equal(left, 0, 'notifications of an earlier test could not be closed');
}

// What the banner shows in the mirror: its title and body, and which of its four answers are there.
async function bannerOf(page) {
  const items = (await mirror(page)).items;
  const title = items.find((i) => i.role === 'text' && i.label === TITLE);
  return {
    title: Boolean(title && title.visible),
    body: items.some((i) => i.role === 'text' && i.label.startsWith(BODY_START)),
    buttons: BANNER_BUTTONS.filter((label) => items.some((i) => i.role === 'button' && i.label === label)),
  };
}
async function assertBanner(page, shown) {
  const banner = await bannerOf(page);
  if (shown) {
    assert.deepEqual(banner, { title: true, body: true, buttons: BANNER_BUTTONS }, 'the banner is not shown in full');
  } else {
    assert.deepEqual(banner, { title: false, body: false, buttons: [] }, 'a banner is still shown');
  }
}

// The DOM twin of the mirror item labelled `label`: what a screen reader hears of it.
function twinOf(page, label) {
  return page.evaluate((wanted) => {
    const element = [...document.querySelectorAll('#a11y-items [data-key]')].find(
      (e) => (e.getAttribute('aria-label') || e.textContent) === wanted);
    return element ? { checked: element.getAttribute('aria-checked'), pressed: element.getAttribute('aria-pressed'),
      value: element.value, disabled: element.getAttribute('aria-disabled') } : null;
  }, label);
}

const storedDocument = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), STORAGE_KEY);

// A notification as the system shows it for a desk break.
function assertDeskBreakNotification(shown) {
  assert.equal(shown.title, TITLE);
  assert.ok(shown.body.startsWith(BODY_START), `body: ${shown.body}`);
  assert.deepEqual(shown.actions, [{ action: 'start', title: 'Start' }, { action: 'snooze', title: 'Snooze 10 min' }]);
  assert.deepEqual(shown.data, { kind: 'deskBreak', routine: 'micro-break' });
}

// Clicks the shown reminder notification in the service worker as the system does: `action` 'start', 'snooze' or ''
// (its body).
async function clickNotification(context, action) {
  const worker = context.serviceWorkers().find((w) => /\/sw\.js/.test(w.url())) ||
    await context.waitForEvent('serviceworker', { timeout: 15000 });
  const clicked = await worker.evaluate(async (answer) => {
    const [notification] = await self.registration.getNotifications({ tag: 'ubr-reminder' });
    if (!notification) return false;
    self.dispatchEvent(new NotificationEvent('notificationclick', { notification, action: answer }));
    return true;
  }, action);
  assert.ok(clicked, 'there was no notification to click');
}

// A session started while desk breaks are on holds a due reminder back, without a notification, a chime or a
// banner; once it has ended, the reminder comes.
async function reminderWaitsForSession(page, { granted }) {
  await setUp(page, { type: 'acknowledgeSafety' });
  await at(page, 0, DESK_EVERY_20, { type: 'startSession', routine: 'short' });
  await waitForScreen(page, 'session');
  for (const minutes of [21, 40]) {
    await clockReads(page, minutes);
    const during = await reminders(page);
    assert.equal(during.active, null, `a reminder came during the session (${minutes} min)`);
    assert.equal(during.today.shown, 0);
    assert.deepEqual(await heard(page), { chimes: 0, notifies: 0 }, 'a reminder was played or shown during a session');
    assert.equal((await mirror(page)).screen, 'session');
    await assertBanner(page, false);
  }
  if (granted) await settledNotifications(page, 0, 500);

  await setUp(page, { type: 'endSession' }, { type: 'closeSession' });
  await waitForScreen(page, 'home');
  assert.equal((await reminders(page)).active, null);
  await clockReads(page, 22);
  const after = await reminders(page);
  assert.equal(after.active?.kind, 'deskBreak', 'no reminder came after the session');
  assert.equal(after.today.shown, 1);
  assert.deepEqual(await heard(page), granted ? { chimes: 0, notifies: 1 } : { chimes: 1, notifies: 1 });
  if (granted) assertDeskBreakNotification((await settledNotifications(page, 1))[0]);
  await assertBanner(page, true);
}

// ---- With notifications allowed: one browser, one page, each test on a page of its own data ----

describe('reminders with notifications allowed', () => {
  const granted = { context: undefined, page: undefined, problems: [] };
  before(async () => {
    granted.context = await launchBrowser();
    await granted.context.grantPermissions(['notifications'], { origin: new URL(shared.server.url).origin });
    granted.page = granted.context.pages()[0] || (await granted.context.newPage());
    granted.problems = watchConsole(granted.page);
  });
  after(async () => { await granted.context?.close(); });

  // The app on nothing stored (the guidance read), no notification left, counters in place.
  async function freshPage() {
    const { page } = granted;
    await page.goto(`${shared.server.url}icon.svg`);
    await page.evaluate(() => localStorage.clear());
    await openApp(page, shared.server.url);
    await waitForScreen(page, 'home');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await closeNotifications(page);
    await listen(page);
    await setUp(page, { type: 'acknowledgeSafety' });
    return page;
  }
  function grantedTest(name, body) {
    test(`reminders (notifications allowed): ${name}`, async () => {
      const page = await freshPage();
      const mark = granted.problems.length;
      await body(page);
      assert.deepEqual(granted.problems.slice(mark), [], 'console errors during the test');
    });
  }

  grantedTest('the Reminders screen says they arrive as notifications', async (page) => {
    await press(page, 'mouse', '^Reminders$');
    await waitForScreen(page, 'reminders');
    assert.ok(await itemLabelled(page, '^They arrive as notifications'), 'the screen does not say how they arrive');
    assert.equal(await itemLabelled(page, '^Allow notifications$'), undefined, '"Allow notifications" is offered');
  });

  grantedTest('a due desk break shows exactly one system notification', async (page) => {
    await at(page, 0, DESK_EVERY_20);
    const on = await reminders(page);
    assert.equal(on.desk.on, true);
    assert.equal(on.active, null);
    await clockReads(page, 19);
    assert.equal((await reminders(page)).active, null, 'the reminder came before it was due');
    assert.deepEqual(await heard(page), { chimes: 0, notifies: 0 });

    await clockReads(page, 21);
    const [shown] = await settledNotifications(page, 1);
    assertDeskBreakNotification(shown);
    assert.deepEqual(await heard(page), { chimes: 0, notifies: 1 }, 'asked for more than one, or chimed too');
    const now = await reminders(page);
    assert.equal(now.active?.kind, 'deskBreak');
    assert.equal(now.today.shown, 1);
    assert.equal(now.week.shown, 1);
    // The app in front says the same.
    await assertBanner(page, true);
    // Frames at the real clock again: nothing more comes.
    await nextFrames(page, 10);
    assert.equal((await heard(page)).notifies, 1);
    await settledNotifications(page, 1, 300);
  });

  for (const [action, what] of [['start', 'its "Start"'], ['', 'its body']]) {
    grantedTest(`clicking ${what} opens the micro-break in the page`, async (page) => {
      await at(page, 0, DESK_EVERY_20);
      await clockReads(page, 21);
      await settledNotifications(page, 1);
      await clickNotification(granted.context, action);
      await waitForScreen(page, 'session');
      const { screen, session, reminders: after } = await appState(page);
      assert.equal(screen, 'session');
      assert.equal(session.routine, 'micro-break');
      assert.equal(session.running, true);
      assert.equal(after.active, null, 'the reminder is still waiting for an answer');
      await settledNotifications(page, 0);
      await assertBanner(page, false);
    });
  }

  grantedTest('its "Snooze 10 min" shows it again ten minutes later', async (page) => {
    await at(page, 0, DESK_EVERY_20);
    await clockReads(page, 21);
    await settledNotifications(page, 1);
    const before = Date.now();
    await clickNotification(granted.context, 'snooze');
    await page.waitForFunction(() => window.app.state().reminders.snoozedUntil !== null, null, { timeout: 5000 });
    const answered = Date.now();
    const snoozed = await reminders(page);
    assert.ok(snoozed.snoozedUntil >= before + 10 * MINUTE - 5000 && snoozed.snoozedUntil <= answered + 10 * MINUTE + 5000,
      `snoozed until ${snoozed.snoozedUntil - before} ms after the click`);
    assert.equal(snoozed.nextDue, snoozed.snoozedUntil);
    assert.equal(snoozed.active, null);
    await settledNotifications(page, 0);
    await nextFrames(page, 3);
    await assertBanner(page, false);

    await clockReads(page, { utcMs: snoozed.snoozedUntil - 30000 });
    assert.equal((await reminders(page)).active, null, 'it came back before the ten minutes were up');
    await clockReads(page, { utcMs: snoozed.snoozedUntil + 1000 });
    const again = await reminders(page);
    assert.equal(again.active?.kind, 'deskBreak', 'it did not come back after ten minutes');
    assert.equal(again.today.shown, 2);
    assert.equal(again.snoozedUntil, null);
    assertDeskBreakNotification((await settledNotifications(page, 1))[0]);
    assert.deepEqual(await heard(page), { chimes: 0, notifies: 2 });
  });

  grantedTest('answering on the banner takes the notification away', async (page) => {
    await at(page, 0, DESK_EVERY_20);
    await clockReads(page, 21);
    await settledNotifications(page, 1);
    await press(page, 'mouse', '^Snooze 10 min$');
    assert.notEqual((await reminders(page)).snoozedUntil, null);
    await settledNotifications(page, 0);
    await assertBanner(page, false);
  });

  grantedTest('opened from a notification with no window open (?start=micro-break)', async (page) => {
    await page.goto(`${shared.server.url}?start=micro-break`);
    await page.waitForFunction(() => window.app && window.app.started, null, { timeout: 30000 });
    await waitForScreen(page, 'session');
    assert.equal((await appState(page)).session.routine, 'micro-break');
    assert.equal(await page.evaluate(() => window.location.search), '', 'the address still asks to start');
  });

  grantedTest('nothing comes during a session; it comes after', async (page) => {
    await reminderWaitsForSession(page, { granted: true });
  });
});

// ---- "Allow notifications": a fresh profile per input, as the browser remembers the answer ----

for (const input of INPUT_ORDER) {
  test(`reminders: "Allow notifications" asks the browser, and the screen says what it answered, by ${input}`, () =>
    withCleanup(async (defer) => {
      const context = await launchForInput(input);
      defer(() => context.close());
      const page = context.pages()[0] || (await context.newPage());
      const problems = watchConsole(page);
      await openApp(page, shared.server.url);
      await waitForScreen(page, 'home');
      await setUp(page, { type: 'openReminders' });
      await waitForScreen(page, 'reminders');
      assert.equal(await page.evaluate(() => Notification.permission), 'default');
      assert.ok(await itemLabelled(page, '^Until you allow notifications'), 'the screen does not say how they arrive');

      await press(page, input, '^Allow notifications$');
      // Headless Chromium answers the question at once (it refuses); the screen follows the browser's answer.
      await page.waitForFunction(() => Notification.permission !== 'default', null, { timeout: 5000 });
      const answer = await page.evaluate(() => Notification.permission);
      const said = answer === 'granted' ? '^They arrive as notifications' : '^Notifications are blocked';
      await page.waitForFunction((pattern) => window.app.a11y.items().items.some((i) => new RegExp(pattern).test(i.label)),
        said, { timeout: 5000 });
      assert.equal(await itemLabelled(page, '^Allow notifications$'), undefined, 'still offered after the answer');

      // Allowed later in the site's settings: the open screen says so without a reload.
      await context.grantPermissions(['notifications'], { origin: new URL(shared.server.url).origin });
      await page.waitForFunction(() => window.app.a11y.items().items.some((i) => /^They arrive as notifications/.test(i.label)),
        null, { timeout: 5000 });
      assert.deepEqual(problems, [], 'console errors during the test');
    }));
}

// ---- Two tabs of one browser: one reminder, from the leading tab only ----

for (const permission of ['granted', 'default']) {
  test(`reminders: a second tab stays silent (notifications ${permission})`, () => withCleanup(async (defer) => {
    const context = await launchBrowser();
    defer(() => context.close());
    if (permission === 'granted') {
      await context.grantPermissions(['notifications'], { origin: new URL(shared.server.url).origin });
    }
    const first = context.pages()[0] || (await context.newPage());
    const problems = watchConsole(first);
    await openApp(first, shared.server.url);
    await waitForScreen(first, 'home');
    await first.evaluate(() => navigator.serviceWorker.ready);
    const second = await context.newPage();
    const secondProblems = watchConsole(second);
    await openApp(second, shared.server.url);
    await waitForScreen(second, 'home');
    assert.deepEqual([await first.evaluate(() => window.ubr.reminders.isLeader()),
      await second.evaluate(() => window.ubr.reminders.isLeader())], [true, false], 'the first tab does not lead');
    for (const page of [first, second]) await listen(page);

    // A page behind another draws (almost) no frames, so each is brought to the front before it is used.
    await first.bringToFront();
    await setUp(first, { type: 'acknowledgeSafety' });
    await at(first, 0, DESK_EVERY_20);
    await second.waitForFunction(() => window.app.state().reminders.desk.on, null, { timeout: 5000, polling: 100 });
    // Time passes in both; the second tab reads it first once, last once.
    const order = permission === 'granted' ? [second, first] : [first, second];
    for (const page of order) {
      await page.bringToFront();
      await clockReads(page, 21);
    }

    const [lead, other] = [await heard(first), await heard(second)];
    if (permission === 'granted') {
      assert.deepEqual([lead, other], [{ chimes: 0, notifies: 1 }, { chimes: 0, notifies: 0 }]);
      assertDeskBreakNotification((await settledNotifications(first, 1))[0]);
    } else {
      assert.deepEqual([lead, other], [{ chimes: 1, notifies: 1 }, { chimes: 0, notifies: 0 }],
        'not exactly one chime, from the leading tab');
    }
    assert.equal((await reminders(first)).today.shown, 1);
    // The second tab shows the same reminder (from what the first stored), and answering it there answers it in both.
    await second.waitForFunction(() => window.app.state().reminders.active !== null, null,
      { timeout: 5000, polling: 100 });
    assert.equal((await reminders(second)).today.shown, 1, 'the second tab counted the reminder again');
    await second.bringToFront();
    await nextFrames(second, 3);
    await assertBanner(second, true);
    await press(second, 'mouse', '^Skip$');
    assert.equal((await reminders(second)).active, null);
    await first.waitForFunction(() => window.app.state().reminders.active === null, null,
      { timeout: 5000, polling: 100 });
    if (permission === 'granted') await settledNotifications(first, 0);
    await first.bringToFront();
    await nextFrames(first, 5);
    await assertBanner(first, false);
    assert.deepEqual([await heard(first), await heard(second)], [lead, other], 'a reminder came again after the answer');

    if (permission === 'granted') {
      // The leading tab closes: the other takes over and shows the next one.
      await first.close();
      await second.bringToFront();
      await second.waitForFunction(() => window.ubr.reminders.isLeader(), null, { timeout: 5000, polling: 100 });
      await clockReads(second, 45);
      assert.deepEqual(await heard(second), { chimes: 0, notifies: 1 }, 'the remaining tab did not take over');
      assertDeskBreakNotification((await settledNotifications(second, 1))[0]);
    }
    assert.deepEqual([...problems, ...secondProblems], [], 'console errors during the test');
  }));
}

// ---- By mouse, keyboard and finger on the per-input pages (permission not asked: banner and chime) ----

// Runs `body(page)` on the input's page, reloaded on `fresh` data ('reminders': no stored reminders; 'all': nothing
// stored at all; false: as it is, not reloaded), with the counters in place.
function inputTest(name, input, body, { fresh = 'reminders', ...options } = {}) {
  test(`reminders: ${name} by ${input}`, options, async () => {
    const page = await shared.pageFor(input);
    if (fresh) {
      await page.evaluate(([what, key]) => {
        if (what === 'all') localStorage.clear();
        else localStorage.removeItem(key);
      }, [fresh, STORAGE_KEY]);
      await shared.reload();
    }
    await listen(page);
    const mark = shared.problems.length;
    await body(page);
    assertNoNewProblems(shared, mark);
  });
}

// Set-up: a first short session, completed (the summary on screen).
async function completeShortSession(page) {
  await setUp(page, { type: 'acknowledgeSafety' }, { type: 'startSession', routine: 'short' },
    { type: 'advanceTime', seconds: 1200 });
  const { session } = await appState(page);
  assert.equal(session.phase, 'summary');
  assert.equal(session.completed, true);
  await waitForScreen(page, 'session');
}

const CORRUPT = {
  mouse: '{"schema":1,"desk":{"every":5}',    // cut short: not JSON
  keyboard: '{"schema":1,"desk":{"every":5}}',  // JSON, but not reminder settings
  touch: '{"schema":1,"desk":{"every":5}',
};

for (const input of INPUT_ORDER) {
  const key = input === 'keyboard' ? 'Space' : 'Enter';  // a keyboard user flips checkboxes and toggles with Space

  inputTest('"Reminders" on the home screen opens the Reminders screen', input, async (page) => {
    await press(page, input, '^Reminders$');
    await waitForScreen(page, 'reminders');
    assert.equal((await appState(page)).screen, 'reminders');
    const shown = await mirror(page);
    assert.equal(shown.title, 'Reminders');
    assert.equal((await findControl(page, '^Remind me to take desk breaks$', 'checkbox')).checked, false);
    assert.equal((await findControl(page, '^Remind me once a day$', 'checkbox')).checked, false);
    assert.ok(await itemLabelled(page, '^No reminder is due: both are off\\.$'));
    assert.ok(await itemLabelled(page, '^Allow notifications$'), '"Allow notifications" is not offered');
    await press(page, input, '^Home$');
    await waitForScreen(page, 'home');
  });

  inputTest('turning reminders on and choosing when, kept after a reload', input, async (page) => {
    await setUp(page, { type: 'openReminders' });
    await waitForScreen(page, 'reminders');
    const every = '^Desk break every$';
    let slider = await findControl(page, every, 'slider');
    assert.equal(slider.value, 45);
    assert.equal(slider.enabled, false, 'the interval can be changed while desk breaks are off');
    if (input === 'keyboard') {
      // A dimmed slider's twin does not change the setting.
      await tabTo(page, every);
      await page.keyboard.press('ArrowRight');
      await nextFrames(page, 4);
      assert.equal((await reminders(page)).desk.every, 45, 'a dimmed slider changed the interval');
    }

    // Desk breaks on.
    await press(page, input, '^Remind me to take desk breaks$', { role: 'checkbox', key });
    let now = await reminders(page);
    assert.equal(now.desk.on, true);
    assert.notEqual(now.nextDue, null);
    assert.equal((await findControl(page, '^Remind me to take desk breaks$')).checked, true);
    assert.equal((await twinOf(page, 'Remind me to take desk breaks')).checked, 'true');
    assert.equal((await findControl(page, every, 'slider')).enabled, true);

    // Every: arrow keys on the twin, or the slider dragged.
    if (input === 'keyboard') {
      await tabTo(page, every);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await nextFrames(page, 4);
      assert.equal((await reminders(page)).desk.every, 55, 'two steps right from 45');
      await page.keyboard.press('End');
      await nextFrames(page, 4);
      assert.equal((await reminders(page)).desk.every, 120);
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowRight');
      await nextFrames(page, 4);
      assert.equal((await reminders(page)).desk.every, 25, 'Home, then a step right');
    } else {
      slider = await bringToHand(page, input, every, { role: 'slider' });
      await drag(page, input, slider, 0.5, 1.0);
      assert.equal((await reminders(page)).desk.every, 120, 'dragged to the right end');
      slider = await findControl(page, every, 'slider');
      await drag(page, input, slider, 0.9, 0.3);
      const dragged = (await reminders(page)).desk.every;
      assert.ok(dragged >= 35 && dragged <= 60 && dragged % 5 === 0, `dragged to 30 % gave ${dragged} minutes`);
    }
    now = await reminders(page);
    slider = await findControl(page, every, 'slider');
    assert.equal(slider.value, now.desk.every);
    assert.equal(slider.valueText, `${now.desk.every} minutes`);
    assert.equal((await twinOf(page, 'Desk break every')).value, String(now.desk.every));

    if (input === 'keyboard') {
      // The hours keep running forward: one moved past the other takes the other along.
      await tabTo(page, '^Desk breaks until$');
      await page.keyboard.press('Home');
      await nextFrames(page, 4);
      assert.deepEqual([(await reminders(page)).desk.from, (await reminders(page)).desk.to], [0, 1]);
      await tabTo(page, '^Desk breaks from$');
      await page.keyboard.press('End');
      await nextFrames(page, 4);
      assert.deepEqual([(await reminders(page)).desk.from, (await reminders(page)).desk.to], [23, 24]);
      assert.equal((await findControl(page, '^Desk breaks until$', 'slider')).valueText, '24:00');
    }

    // Saturday too.
    assert.equal((await findControl(page, '^Saturday$', 'toggle')).checked, false);
    await press(page, input, '^Saturday$', { role: 'toggle', key });
    now = await reminders(page);
    assert.deepEqual(now.desk.days, ['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    assert.equal((await findControl(page, '^Saturday$', 'toggle')).checked, true);
    assert.equal((await twinOf(page, 'Saturday')).pressed, 'true');
    assert.equal((await findControl(page, '^Sunday$', 'toggle')).checked, false);

    // The daily reminder, with the full routine.
    await press(page, input, '^Remind me once a day$', { role: 'checkbox', key });
    now = await reminders(page);
    assert.equal(now.daily.on, true);
    assert.equal((await findControl(page, '^Remind me once a day$')).checked, true);
    assert.equal((await findControl(page, '^Daily reminder at$', 'slider')).enabled, true);
    if (input === 'keyboard') {
      await tabTo(page, '^Daily reminder at$');
      await page.keyboard.press('ArrowRight');
      await nextFrames(page, 4);
      assert.equal((await reminders(page)).daily.at, '18:15', 'a step right from 18:00');
      assert.equal((await findControl(page, '^Daily reminder at$', 'slider')).valueText, '18:15');
    }
    await press(page, input, '^Full routine$', { role: 'toggle', key });
    now = await reminders(page);
    assert.equal(now.daily.routine, 'full');
    assert.equal((await findControl(page, '^Full routine$', 'toggle')).checked, true);
    assert.equal((await findControl(page, '^Short routine', 'toggle')).checked, false);
    assert.equal((await twinOf(page, 'Full routine')).pressed, 'true');

    // Stored, and read back after a reload.
    const stored = await storedDocument(page);
    assert.deepEqual(stored.desk, now.desk);
    assert.deepEqual(stored.daily, now.daily);
    await shared.reload();
    const reloaded = await reminders(page);
    assert.deepEqual(reloaded.desk, now.desk);
    assert.deepEqual(reloaded.daily, now.daily);
    await press(page, input, '^Reminders$');
    await waitForScreen(page, 'reminders');
    assert.equal((await findControl(page, '^Remind me to take desk breaks$')).checked, true);
    assert.equal((await findControl(page, every, 'slider')).value, now.desk.every);
    assert.equal((await findControl(page, '^Saturday$', 'toggle')).checked, true);
    assert.equal((await findControl(page, '^Remind me once a day$')).checked, true);
    assert.equal((await findControl(page, '^Full routine$', 'toggle')).checked, true);
    assert.equal((await findControl(page, '^Daily reminder at$', 'slider')).valueText, now.daily.at);
  });

  inputTest('"Take a micro-break now" starts the micro-break', input, async (page) => {
    await setUp(page, { type: 'acknowledgeSafety' }, { type: 'openReminders' });
    await waitForScreen(page, 'reminders');
    await press(page, input, '^Take a micro-break now$');
    await waitForScreen(page, 'session');
    const { session } = await appState(page);
    assert.equal(session.routine, 'micro-break');
    assert.equal(session.running, true);
    await home(page);
  }, { fresh: false });

  inputTest('"Pause for today" on the Reminders screen', input, async (page) => {
    await setUp(page, { type: 'openReminders' });
    await at(page, 0, DESK_EVERY_20);
    await waitForScreen(page, 'reminders');
    await press(page, input, '^Pause for today$');
    assert.equal((await reminders(page)).pausedToday, true);
    assert.ok(await itemLabelled(page, '^Reminders are paused for the rest of today\\.$'), 'the screen does not say so');
    assert.equal(await itemLabelled(page, '^Pause for today$'), undefined);
    await clockReads(page, 21);
    assert.equal((await reminders(page)).active, null, 'a reminder came on a paused day');
    assert.deepEqual(await heard(page), { chimes: 0, notifies: 0 });
  });

  inputTest('a due reminder shows the banner with one chime; its "Start" starts the micro-break', input, async (page) => {
    await setUp(page, { type: 'acknowledgeSafety' });
    await at(page, 0, DESK_EVERY_20);
    await assertBanner(page, false);
    await clockReads(page, 21);
    const due = await reminders(page);
    assert.equal(due.active?.kind, 'deskBreak');
    assert.equal(due.today.shown, 1);
    assert.deepEqual(await heard(page), { chimes: 1, notifies: 1 }, 'not one chime');
    await assertBanner(page, true);
    await nextFrames(page, 10);
    assert.equal((await heard(page)).chimes, 1, 'the chime rang again');
    await settledNotifications(page, 0, 300);

    await press(page, input, '^Start$');
    await waitForScreen(page, 'session');
    const { session, reminders: after } = await appState(page);
    assert.equal(session.routine, 'micro-break');
    assert.equal(session.running, true);
    assert.equal(after.active, null);
    await assertBanner(page, false);
    await home(page);
    await assertBanner(page, false);
  });

  inputTest('"Snooze 10 min" on the banner', input, async (page) => {
    await at(page, 0, DESK_EVERY_20);
    await clockReads(page, 21);
    await assertBanner(page, true);
    const item = await bringToHand(page, input, '^Snooze 10 min$');
    const before = await page.evaluate(() => Date.now());
    await activate(page, input, item);
    const answered = await page.evaluate(() => Date.now());
    const snoozed = await reminders(page);
    assert.notEqual(snoozed.snoozedUntil, null, 'not snoozed');
    assert.ok(snoozed.snoozedUntil >= before + 10 * MINUTE - 5000 && snoozed.snoozedUntil <= answered + 10 * MINUTE + 5000,
      `snoozed until ${snoozed.snoozedUntil - before} ms after the press`);
    assert.equal(snoozed.nextDue, snoozed.snoozedUntil);
    assert.equal(snoozed.active, null);
    await assertBanner(page, false);
    await clockReads(page, { utcMs: snoozed.snoozedUntil + 1000 });
    assert.equal((await reminders(page)).active?.kind, 'deskBreak', 'it did not come back after ten minutes');
    assert.equal((await heard(page)).chimes, 2);
    await assertBanner(page, true);
  });

  inputTest('"Skip" on the banner', input, async (page) => {
    await at(page, 0, DESK_EVERY_20);
    await clockReads(page, 21);
    await assertBanner(page, true);
    // Where the banner is drawn: from its title to its buttons, across the canvas.
    const items = (await mirror(page)).items;
    const title = items.find((i) => i.label === TITLE);
    const last = items.find((i) => i.role === 'button' && i.label === 'Pause for today');
    const top = title.rect[1] - 8;
    const area = await areaOf(page, { label: 'the banner', visible: true,
      rect: [0, top, page.viewportSize().width, last.rect[1] + last.rect[3] + 8 - top] });
    const withBanner = await screenshotPng(page, area);

    await press(page, input, '^Skip$');
    const skipped = await reminders(page);
    assert.equal(skipped.active, null);
    assert.equal(skipped.snoozedUntil, null);
    assert.equal(skipped.pausedToday, false);
    assert.equal(skipped.today.shown, 1);
    await assertBanner(page, false);
    const without = await screenshotPng(page, area);
    assert.ok(changedFraction(withBanner, without) > 0.1, 'the banner still looks drawn');
    await nextFrames(page, 10);
    assert.equal((await reminders(page)).active, null, 'it came back at once');
  });

  inputTest('"Pause for today" on the banner', input, async (page) => {
    await at(page, 0, DESK_EVERY_20);
    await clockReads(page, 21);
    await assertBanner(page, true);
    await press(page, input, '^Pause for today$');
    const paused = await reminders(page);
    assert.equal(paused.pausedToday, true);
    assert.equal(paused.active, null);
    await assertBanner(page, false);
    await clockReads(page, 42);
    assert.equal((await reminders(page)).active, null, 'a reminder came on a paused day');
    assert.equal((await heard(page)).chimes, 1);
  });

  inputTest('the offer after the first completed session: "Set up reminders"', input, async (page) => {
    await completeShortSession(page);
    assert.ok(await itemLabelled(page, '^Make it a habit$'), 'no offer on the summary');
    assert.ok(await itemLabelled(page, '^Not now$'));
    await press(page, input, '^Set up reminders$');
    await waitForScreen(page, 'reminders');
    assert.equal((await reminders(page)).offered, true);
    assert.equal((await storedDocument(page)).offered, true);
    assert.equal((await findControl(page, '^Remind me to take desk breaks$')).checked, false);
  }, { fresh: 'all' });

  inputTest('"Not now" on the offer: not offered again', input, async (page) => {
    await completeShortSession(page);
    await press(page, input, '^Not now$');
    assert.equal((await reminders(page)).offered, true);
    assert.equal((await storedDocument(page)).offered, true);
    assert.equal((await mirror(page)).screen, 'session');
    for (const label of ['^Make it a habit$', '^Set up reminders$', '^Not now$']) {
      assert.equal(await itemLabelled(page, label), undefined, `${label} is still shown`);
    }
    assert.ok(await itemLabelled(page, '^Done$'), 'the summary went away');
    // A second completed session, after a reload: no offer.
    await shared.reload();
    await completeShortSession(page);
    assert.equal((await appState(page)).progress.completedSessions, 2);
    for (const label of ['^Make it a habit$', '^Set up reminders$', '^Not now$']) {
      assert.equal(await itemLabelled(page, label), undefined, `${label} is shown again`);
    }
    await home(page);
  }, { fresh: 'all' });

  inputTest('stored settings that cannot be read', input, async (page) => {
    const text = CORRUPT[input];
    await page.evaluate(([key, stored]) => {
      localStorage.setItem(key, stored);
      localStorage.removeItem(`${key}.unreadable`);
    }, [STORAGE_KEY, text]);
    await shared.reload();
    const loaded = await reminders(page);
    assert.ok(loaded.loadError, 'no load error');
    assert.equal(loaded.desk.on, false);
    assert.equal(loaded.daily.on, false);
    assert.equal(await page.evaluate((key) => localStorage.getItem(`${key}.unreadable`), STORAGE_KEY), text,
      'the text was not kept');
    await press(page, input, '^Reminders$');
    await waitForScreen(page, 'reminders');
    const message = await itemLabelled(page, 'could not be read');
    assert.ok(message, 'the screen does not say the settings could not be read');
    assert.match(message.label, /^Your saved reminder settings could not be read/);
    // Turned on again: saved, and the copy stays.
    await press(page, input, '^Remind me to take desk breaks$', { role: 'checkbox', key });
    assert.equal((await reminders(page)).desk.on, true);
    assert.equal((await storedDocument(page)).desk.on, true);
    assert.equal(await page.evaluate((key) => localStorage.getItem(`${key}.unreadable`), STORAGE_KEY), text);
  }, { fresh: false });
}

test('reminders: nothing comes during a session; it comes after (banner and chime)', async () => {
  const page = await shared.pageFor('touch');
  await page.evaluate((key) => localStorage.removeItem(key), STORAGE_KEY);
  await shared.reload();
  await listen(page);
  const mark = shared.problems.length;
  await reminderWaitsForSession(page, { granted: false });
  await home(page);
  assertNoNewProblems(shared, mark);
});
