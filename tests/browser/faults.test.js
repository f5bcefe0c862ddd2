// The fault matrix: every way storage, other tabs, the page's visibility and the service worker can let the app
// down, each ending with nothing the person had lost and a message in plain words on screen. "On screen" is read
// through the DOM mirror (what a screen reader gets; the drawn canvas is saved to test-results/fault-*.png), and
// "nothing lost" through localStorage afterwards. Each test has its own browser profile (storage starts empty and
// no fault leaks into the next test) and closes it in a `finally` (withCleanup). Navigation to the screen that shows
// a message uses window.app.dispatch (set-up, the same path as a click); the controls themselves are tested by real
// input elsewhere.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  decodePng, launchBrowser, luminanceDeviation, nextFrames, openApp, progressDocument, saveResult, SITE_DIR,
  startServer, watchConsole, withCleanup,
} from './harness.js';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

// ---- What is stored, and where the app says something about it ----------------------------------------------
function logAction(id) {
  return {
    type: 'logSession', id, startedAt: Date.now() - 3600000, utcOffsetMinutes: 0,
    exercises: [{ id: 'arm-slides', repsPlanned: 10, repsDone: 10, setsPlanned: 1, setsDone: 1, seconds: 45 }],
  };
}

const ROUTINE = { name: 'Desk break', items: [{ exerciseId: 'arm-slides', reps: 10, sets: 1, holdSeconds: 0 }] };

// Each stored key: a valid document (for the "future schema" and "nested" variants), the screen that reports a
// problem with it, the message expected there, and a change the person makes afterwards, which must be kept
// without writing over what could not be read.
const KEYS = {
  progress: {
    key: 'ubr.progress',
    valid: JSON.stringify(progressDocument(['stored-1'])),
    screen: { type: 'openProgress' },
    message: /saved progress could not be read/i,
    change: [logAction('after-the-fault')],
    changeKept: (state) => state.progress.sessionIds.includes('after-the-fault'),
  },
  routines: {
    key: 'ubr.routines',
    valid: JSON.stringify({ schema: 1, routines: [{ id: 'custom-1', ...ROUTINE }] }),
    screen: { type: 'openRoutines' },
    message: /saved routines could not be read/i,
    change: [{ type: 'saveRoutine', routine: { name: 'Made after the fault', items: ROUTINE.items } }],
    changeKept: (state) => state.routines.some((r) => r.name === 'Made after the fault'),
  },
  settings: {
    key: 'ubr.sessionSettings',
    valid: JSON.stringify({ schema: 1, getReadySeconds: 3, restSeconds: 20, previewSeconds: 5, sound: false,
      voice: true, volume: 0.5 }),
    screen: { type: 'openRoutines' },
    message: /saved settings could not be read/i,
    change: [{ type: 'updateSettings', restSeconds: 45 }],
    changeKept: (state) => state.sessionSettings.restSeconds === 45,
  },
  safety: {
    key: 'ubr.safety',
    valid: JSON.stringify({ schema: 1, safetyAcknowledged: true, textScale: 1.15, theme: 'dark', motion: 'steps' }),
    screen: { type: 'goHome' },
    message: /(safety|display) settings could not be read/i,
    change: [{ type: 'acknowledgeSafety' }, { type: 'updateComfort', textScale: 1.3 }],
    changeKept: (state) => state.comfort.textScale === 1.3 && state.safety.acknowledged,
  },
};

// The four ways a stored document goes bad.
const DAMAGE = {
  corrupt: () => 'ÿþ this is not JSON at all {{ ,, }',
  truncated: (valid) => valid.slice(0, Math.floor(valid.length / 2)),
  'from a future schema': (valid) => JSON.stringify({ ...JSON.parse(valid), schema: 99, addedLater: [1, 2] }),
  'deeply nested': (valid) => `${valid.slice(0, -1)},"nested":${'['.repeat(100000)}${']'.repeat(100000)}}`,
};

// ---- Helpers ---------------------------------------------------------------------------------------------------
const state = (page) => page.evaluate(() => window.app.state());
const dispatch = (page, action) => page.evaluate((a) => window.app.dispatch(a), action);
const stored = (page) => page.evaluate(() => ({ ...localStorage }));

// Everything the mirror publishes: the screen's heading and every item's label (texts, buttons, ...).
async function screenWords(page) {
  await nextFrames(page, 4);
  return page.evaluate(() => {
    const frame = window.app.a11y.items();
    return [frame.title, ...frame.items.map((item) => item.label)].join('\n');
  });
}

async function saveShot(page, name) {
  await nextFrames(page, 4);
  const shot = await page.screenshot();
  saveResult(`fault-${name.replace(/[^a-z0-9]+/gi, '-')}.png`, shot);
  assert.ok(luminanceDeviation(decodePng(shot)) > 10, `${name}: the screen looks blank`);
}

// A fresh profile with `entries` in localStorage before the app starts (and `init` run in every page first).
async function openWith(defer, { entries = {}, init, url = server.url } = {}) {
  const context = await launchBrowser();
  defer(() => context.close());
  const page = context.pages()[0] || (await context.newPage());
  await page.goto(`${url}icon.svg`);  // the app's origin, without starting the app
  await page.evaluate((list) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(list)) localStorage.setItem(key, value);
  }, entries);
  if (init) await context.addInitScript(init);
  const problems = watchConsole(page);
  await openApp(page, url);
  return { context, page, problems };
}

// Applies set-up actions, failing loudly if one is refused.
async function apply(page, actions) {
  for (const action of actions) assert.deepEqual(await dispatch(page, action), { ok: true }, JSON.stringify(action));
  await nextFrames(page, 3);
}

async function downloadOf(page, action) {
  const [download] = await Promise.all([page.waitForEvent('download'), dispatch(page, action)]);
  return readFileSync(await download.path(), 'utf8');
}

// ---- Each stored key, damaged four ways ------------------------------------------------------------------------
for (const [name, spec] of Object.entries(KEYS)) {
  for (const [damage, make] of Object.entries(DAMAGE)) {
    const title = `${name} ${damage}`;
    test(`stored ${title}: kept, the app runs, and says so in plain words`, () =>
      withCleanup(async (defer) => {
        const bad = make(spec.valid);
        const { page, problems } = await openWith(defer, { entries: { [spec.key]: bad } });
        const broken = [];  // every way the app let the person down, so one run reports them all
        // The app runs: it answers, and its home screen is drawn.
        assert.equal((await state(page)).screen, 'home');

        // What the person is told, on the screen where that data belongs, before anything else happens.
        await apply(page, [spec.screen]);
        await saveShot(page, title);
        const words = await screenWords(page);
        if (!spec.message.test(words)) broken.push(`no message matching ${spec.message} in the mirror`);

        // The person carries on: the change is made, and what could not be read is still in this browser.
        await apply(page, spec.change);
        if (!spec.changeKept(await state(page))) broken.push('the change after the fault did not apply');
        const after = await stored(page);
        if (!Object.values(after).includes(bad)) {
          broken.push(`after the change the unreadable text is gone from localStorage (keys: ${Object.keys(after)})`);
        }

        // A reload still starts, and still keeps both.
        await page.reload();
        await openApp(page, server.url);
        if (!spec.changeKept(await state(page))) broken.push('the change after the fault was lost on reload');
        if (!Object.values(await stored(page)).includes(bad)) broken.push('the unreadable text is gone after a reload');
        assert.deepEqual(problems, []);
        assert.deepEqual(broken, [], `${title}; the mirror said:\n${words}`);
      }));
  }
}

// ---- Storage itself failing ------------------------------------------------------------------------------------
test('blocked storage (localStorage throws on every call): the work is kept in memory, exportable, and the ' +
  'screens say storage is unavailable', () => withCleanup(async (defer) => {
  const { page, problems } = await openWith(defer, {
    init: () => {
      const refuse = () => { throw new DOMException('Access is denied for this document.', 'SecurityError'); };
      for (const method of ['getItem', 'setItem', 'removeItem', 'key', 'clear']) Storage.prototype[method] = refuse;
      try {
        Object.defineProperty(window, 'localStorage', { get: refuse, configurable: true });
      } catch { /* the prototype's methods throw already */ }
    },
  });
  assert.equal((await state(page)).progress.storage.status, 'unavailable');
  await apply(page, [logAction('in-memory'), { type: 'openRoutines' },
    { type: 'saveRoutine', routine: { name: 'In memory', items: ROUTINE.items } }]);
  const now = await state(page);
  assert.deepEqual(now.progress.sessionIds, ['in-memory']);
  assert.ok(now.routines.some((r) => r.name === 'In memory'), 'the routine made without storage');
  const routinesWords = await screenWords(page);
  await saveShot(page, 'blocked-routines');
  // The progress screen says so, and the backup it offers holds the session.
  await apply(page, [{ type: 'openProgress' }]);
  await saveShot(page, 'blocked-progress');
  assert.match(await screenWords(page), /not letting the app save/);
  assert.match(await downloadOf(page, { type: 'exportBackup', format: 'json' }), /"in-memory"/);
  assert.deepEqual(problems, []);
  // The routines screen says its work is not kept.
  assert.match(routinesWords, /not available|could not be saved/i, 'no message on the routines screen');
}));

test('full storage (a real quota error on write): what was saved before is safe, the new session waits in memory ' +
  'and is written once there is room', () => withCleanup(async (defer) => {
  const before = JSON.stringify(progressDocument(['saved-before']));
  const { page, problems } = await openWith(defer, { entries: { 'ubr.progress': before } });
  assert.deepEqual((await state(page)).progress.sessionIds, ['saved-before']);
  // Fill this origin's storage to the last character, as other data on a real device might.
  const filled = await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    let count = 0;
    while (chunk.length > 0) {
      try {
        localStorage.setItem(`filler-${count}`, chunk);
        count++;
      } catch (error) {
        if (error.name !== 'QuotaExceededError') throw error;
        chunk = chunk.slice(0, Math.floor(chunk.length / 2));
      }
    }
    return count;
  });
  assert.ok(filled > 2, 'storage was not filled');
  await apply(page, [logAction('not-saved-yet'), { type: 'openProgress' }]);
  let progress = (await state(page)).progress;
  assert.equal(progress.storage.status, 'full');
  assert.deepEqual(progress.sessionIds, ['not-saved-yet', 'saved-before']);
  assert.equal((await stored(page))['ubr.progress'], before, 'the document saved before was damaged');
  await saveShot(page, 'storage-full');
  assert.match(await screenWords(page), /Storage is full.*What was saved before is safe/s);

  // Room again (the person cleared other data): the next change writes everything.
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
  await apply(page, [{ type: 'setWeeklyGoal', sessionsPerWeek: 4 }]);
  progress = (await state(page)).progress;
  assert.equal(progress.storage.status, 'saved');
  const written = JSON.parse((await stored(page))['ubr.progress']);
  assert.deepEqual(written.sessions.map((s) => s.id).sort(), ['not-saved-yet', 'saved-before']);
  assert.deepEqual(problems, []);
}));

// ---- Two tabs --------------------------------------------------------------------------------------------------
test('two tabs log a session at the same moment: both sessions are kept in both tabs and in storage', () =>
  withCleanup(async (defer) => {
    const { context, page: first } = await openWith(defer);
    const second = await context.newPage();
    await openApp(second, server.url);
    const results = await Promise.all([dispatch(first, logAction('tab-one')), dispatch(second, logAction('tab-two'))]);
    assert.deepEqual(results, [{ ok: true }, { ok: true }]);
    // The storage event reaches the other tab asynchronously; give it time, then say what each tab holds.
    for (const page of [first, second]) {
      await page.waitForFunction(() => window.app.state().progress.sessionCount === 2, null, { timeout: 20000 })
        .catch(() => {});
    }
    const seen = async (page) => (await state(page)).progress.sessionIds.slice().sort();
    const written = JSON.parse((await stored(first))['ubr.progress']).sessions.map((s) => s.id).sort();
    assert.deepEqual({ first: await seen(first), second: await seen(second), stored: written },
      { first: ['tab-one', 'tab-two'], second: ['tab-one', 'tab-two'], stored: ['tab-one', 'tab-two'] });
  }));

test('two tabs save a routine at the same moment: both routines are kept', () => withCleanup(async (defer) => {
  const { context, page: first } = await openWith(defer);
  const second = await context.newPage();
  await openApp(second, server.url);
  const save = (page, name) => dispatch(page, { type: 'saveRoutine', routine: { name, items: ROUTINE.items } });
  assert.deepEqual(await Promise.all([save(first, 'From tab one'), save(second, 'From tab two')]),
    [{ ok: true }, { ok: true }]);
  await nextFrames(first, 5);
  await nextFrames(second, 5);
  // What a third look (a reload) finds.
  const third = await context.newPage();
  await openApp(third, server.url);
  const names = (await state(third)).routines.filter((r) => !r.builtIn).map((r) => r.name).sort();
  assert.deepEqual(names, ['From tab one', 'From tab two'], `stored: ${(await stored(third))['ubr.routines']}`);
}));

test('two tabs save routines one after the other: both are kept, in both tabs and in storage', () =>
  withCleanup(async (defer) => {
    const { context, page: first } = await openWith(defer);
    const second = await context.newPage();
    await openApp(second, server.url);
    const save = (page, name) => dispatch(page, { type: 'saveRoutine', routine: { name, items: ROUTINE.items } });
    const custom = async (page) => (await state(page)).routines.filter((r) => !r.builtIn).map((r) => r.name).sort();
    assert.deepEqual(await save(first, 'From tab one'), { ok: true });
    // The second tab hears of it (the storage event) and shows it before it saves its own.
    await second.waitForFunction(() => window.app.state().routines.some((r) => r.name === 'From tab one'), null,
      { timeout: 10000 });
    assert.deepEqual(await save(second, 'From tab two'), { ok: true });
    await first.waitForFunction(() => window.app.state().routines.some((r) => r.name === 'From tab two'), null,
      { timeout: 10000 });
    const both = ['From tab one', 'From tab two'];
    const written = JSON.parse((await stored(first))['ubr.routines']).routines.map((r) => r.name).sort();
    assert.deepEqual({ first: await custom(first), second: await custom(second), stored: written },
      { first: both, second: both, stored: both });
  }));

test('page scripts slow to arrive: the app waits for them, so it still hears another tab and asks to keep storage',
  () => withCleanup(async (defer) => {
    const context = await launchBrowser();
    defer(() => context.close());
    // files.js (the storage event, navigator.storage.persist) arrives a second and a half after everything else.
    await context.route(/\/files\.js/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const first = await context.newPage();
    await first.goto(`${server.url}icon.svg`);
    await first.evaluate(() => localStorage.clear());
    await openApp(first, server.url);
    const second = await context.newPage();
    await openApp(second, server.url);
    for (const page of [first, second]) {
      await page.waitForFunction(() => window.app.state().progress.storage.persisted !== 'unknown', null,
        { timeout: 5000 });
    }
    assert.deepEqual(await dispatch(first, logAction('slow-script')), { ok: true });
    await second.waitForFunction(() => window.app.state().progress.sessionCount === 1, null, { timeout: 10000 });
  }));

// ---- A tab hidden and shown mid-session ------------------------------------------------------------------------
async function setVisibility(page, visibility) {
  await page.evaluate((value) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => value });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => value === 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  }, visibility);
}

test('a tab hidden and shown mid-session: the session pauses, says why, and resumes where it was', () =>
  withCleanup(async (defer) => {
    const { page, problems } = await openWith(defer);
    await apply(page, [{ type: 'acknowledgeSafety' }, { type: 'startSession', routine: 'short' },
      { type: 'advanceTime', seconds: 20 }]);
    const running = (await state(page)).session;
    assert.equal(running.running, true);

    await setVisibility(page, 'hidden');
    // Time passes while the tab is hidden; a paused session does not count it.
    await apply(page, [{ type: 'advanceTime', seconds: 120 }]);
    await setVisibility(page, 'visible');
    const back = (await state(page)).session;
    assert.equal(back.paused, true, 'the session ran on while the tab was hidden');
    assert.equal(back.pausedWhileHidden, true);
    assert.deepEqual([back.stepIndex, back.exerciseIndex, back.rep], [running.stepIndex, running.exerciseIndex,
      running.rep], 'the session moved while hidden');
    await saveShot(page, 'hidden-and-shown');
    assert.match(await screenWords(page), /paused while the page was hidden/i);

    // Resuming with the drawn button (a mouse click at its rectangle) continues from the same step.
    const resume = await page.evaluate(() => window.app.a11y.items().items.find((i) => /^Resume/.test(i.label)));
    assert.ok(resume, 'no Resume control');
    const [x, y, w, h] = resume.rect;
    await page.mouse.click(x + w / 2, y + h / 2);
    await nextFrames(page, 4);
    const resumed = (await state(page)).session;
    assert.equal(resumed.paused, false);
    assert.equal(resumed.stepIndex, running.stepIndex);
    assert.deepEqual(problems, []);
  }));

// ---- The service worker missing or failing -------------------------------------------------------------------
function siteCopy(defer, change) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ubr-faults-site-'));
  defer(() => rmSync(dir, { recursive: true, force: true }));
  const site = path.join(dir, 'site');
  cpSync(SITE_DIR, site, { recursive: true });
  change(site);
  return site;
}

const SERVICE_WORKER_FAULTS = {
  'missing (sw.js answers 404)': (site) => unlinkSync(path.join(site, 'sw.js')),
  'failing to install (a precached file is missing on the server)': (site) => unlinkSync(path.join(site, 'icon.svg')),
  'throwing while it installs': (site) => writeFileSync(path.join(site, 'sw.js'),
    "self.addEventListener('install', (event) => event.waitUntil(Promise.reject(new Error('install failed'))));\n"),
};

for (const [fault, change] of Object.entries(SERVICE_WORKER_FAULTS)) {
  test(`the service worker ${fault}: the app works online, keeps its data, and says it will not work offline`, () => withCleanup(async (defer) => {
    const site = siteCopy(defer, change);
    const broken = await startServer(site);
    defer(() => broken.stop());
    const { page, problems } = await openWith(defer, { url: broken.url });
    await apply(page, [logAction('online-session')]);
    await page.waitForFunction(() => window.app.state().progress.storage.status === 'saved');
    // Give the registration its chance to fail (or, wrongly, succeed).
    await page.waitForTimeout(3000);
    const controlled = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return Boolean(registration?.active && navigator.serviceWorker.controller);
    });
    assert.equal(controlled, false, 'the broken service worker took control');
    await page.reload();
    await openApp(page, broken.url);
    assert.deepEqual((await state(page)).progress.sessionIds, ['online-session'], 'the session was lost');
    // The browser reports the broken file itself in the console; nothing else may go wrong.
    assert.deepEqual(problems.filter((line) => !/\b404\b/.test(line)), []);
    await saveShot(page, `service-worker-${fault}`);
    const words = `${await screenWords(page)}\n${await page.evaluate(() => document.body.innerText)}`;
    assert.match(words, /offline/i, `nothing on screen says the app will not work offline:\n${words}`);
  }));
}
