// Progress tracking in a real browser: progress survives reloads, and no case of broken storage, other tabs or bad backup
// files ever loses data. Every test starts from an empty localStorage of the shared test origin.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  decodePng, luminanceDeviation, nextFrames, openApp, progressDocument as documentWith, saveResult, servedAppInBrowser,
  watchConsole,
} from './harness.js';

const KEY = 'ubr.progress';
const COPY_KEY = 'ubr.progress.unreadable';
const DAY = 86400000;

const shared = servedAppInBrowser();

// Empties localStorage, then runs `setUp` (stored text to start from) and opens the app on a fresh load.
async function freshPage({ stored, initScript } = {}) {
  // A page left open by a failed test would merge its sessions back in through the storage event.
  for (const open of shared.browser.pages()) await open.close();
  const page = await shared.browser.newPage();
  await page.goto(shared.server.url + 'icon.svg');  // same origin, without starting the app
  await page.evaluate(([key, text]) => {
    localStorage.clear();
    if (text !== undefined) localStorage.setItem(key, text);
  }, [KEY, stored]);
  if (initScript) await page.addInitScript(initScript);
  await openApp(page, shared.server.url);
  return page;
}

const state = (page) => page.evaluate(() => window.app.state().progress);
const dispatch = (page, action) => page.evaluate((a) => window.app.dispatch(a), action);
const storedText = (page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);

function logAction(id, daysAgo = 0, extra = {}) {
  return {
    type: 'logSession', id, startedAt: Date.now() - daysAgo * DAY - 3600000, utcOffsetMinutes: 0,
    exercises: [{ id: 'arm-slides', repsPlanned: 10, repsDone: 10, setsPlanned: 1, setsDone: 1, seconds: 45 }],
    ...extra,
  };
}

async function downloadText(page, action) {
  const [download] = await Promise.all([page.waitForEvent('download'), dispatch(page, action)]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

test('a logged session is saved, survives a reload and shows on the progress screen', async () => {
  const page = await freshPage();
  const problems = watchConsole(page);
  assert.equal((await state(page)).storage.status, 'saved');
  // A first visit asks nothing (Firefox would show a permission prompt); the first stored session asks.
  await page.waitForFunction(() => window.app.state().progress.storage.persisted !== 'unknown');
  assert.equal((await state(page)).storage.persisted, 'not-asked');
  assert.deepEqual(await dispatch(page, logAction('first', 1, { painBefore: 5, painAfter: 3, note: 'easier today' })), { ok: true });
  assert.deepEqual(await dispatch(page, logAction('second', 0, { painBefore: 3, painAfter: 2 })), { ok: true });
  const saved = JSON.parse(await storedText(page));
  assert.equal(saved.schema, 2);
  assert.match(saved.app, /^\d+\.\d+\.\d+$/);
  assert.deepEqual(saved.sessions.map((s) => s.id), ['first', 'second']);
  await page.waitForFunction(() => ['granted', 'denied'].includes(window.app.state().progress.storage.persisted));

  await page.reload();
  await openApp(page, shared.server.url);
  const progress = await state(page);
  assert.deepEqual(progress.sessionIds, ['second', 'first']);
  assert.equal(progress.recentSessions[1].note, 'easier today');
  assert.equal(progress.dayStreak, 2);
  assert.equal(progress.weeklyGoal, 3);
  // With progress to keep, the browser has been asked (Chromium answers without a prompt).
  assert.ok(['granted', 'denied'].includes(progress.storage.persisted), progress.storage.persisted);

  assert.deepEqual(await dispatch(page, { type: 'annotateSession', id: 'second', painAfter: 6 }), { ok: true });
  assert.equal((await state(page)).painPrompt.sessionId, 'second');
  assert.deepEqual(await dispatch(page, { type: 'setWeeklyGoal', sessionsPerWeek: 4 }), { ok: true });
  assert.deepEqual(await dispatch(page, { type: 'openProgress' }), { ok: true });
  await nextFrames(page, 5);
  const shot = await page.screenshot();
  saveResult('progress.png', shot);
  assert.ok(luminanceDeviation(decodePng(shot)) > 10, 'the progress screen looks blank');
  await page.reload();
  await openApp(page, shared.server.url);
  assert.equal((await state(page)).weeklyGoal, 4);
  assert.equal((await state(page)).recentSessions[0].painAfter, 6);
  await page.waitForFunction(() => window.app.state().progress.storage.persisted !== 'unknown', null, { timeout: 10000 });
  assert.deepEqual(problems, []);
  await page.close();
});

test('unreadable stored data is copied aside, offered for download, and new sessions are saved and kept', async () => {
  const cases = {
    'corrupt JSON': '{"schema":2,"sessions":[{"id":"a"',
    'wrong types': JSON.stringify({ schema: 2, epoch: 0, goal: { perWeek: '3', rev: 0 }, sessions: [] }),
    'a newer schema': JSON.stringify({ schema: 9, sessions: [], futureThing: true }),
  };
  for (const [name, original] of Object.entries(cases)) {
    const page = await freshPage({ stored: original });
    let progress = await state(page);
    assert.equal(progress.storage.status, 'unreadable', name);
    assert.match(progress.storage.warning, /could not be read/, name);
    assert.equal(progress.storage.unreadableKey, COPY_KEY, name);
    assert.equal(await storedText(page, COPY_KEY), original, name);
    if (name === 'a newer schema') assert.match(progress.storage.detail, /newer version of the app \(schema 9/);

    // Work goes on: with the original copied aside, the new session is saved in its place.
    assert.deepEqual(await dispatch(page, logAction('in-memory')), { ok: true }, name);
    assert.deepEqual(JSON.parse(await storedText(page)).sessions.map((s) => s.id), ['in-memory'], name);
    assert.equal(await storedText(page, COPY_KEY), original, name);
    const download = await downloadText(page, { type: 'downloadUnreadable' });
    assert.equal(download.text, original, name);
    assert.match(download.name, /unreadable/);
    if (name === 'corrupt JSON') {
      await dispatch(page, { type: 'openProgress' });
      await nextFrames(page, 5);
      saveResult('progress-unreadable.png', await page.screenshot());
    }
    // The message stays until the person dismisses it ("Start fresh"); the copy stays after that too.
    assert.equal((await state(page)).storage.status, 'unreadable', name);
    assert.deepEqual(await dispatch(page, { type: 'startFresh' }), { ok: true });
    assert.equal((await state(page)).storage.status, 'saved', name);

    // A reload finds the session that was saved, and the original still under its own key.
    await page.reload();
    await openApp(page, shared.server.url);
    progress = await state(page);
    assert.equal(progress.storage.status, 'saved', name);
    assert.ok(progress.sessionIds.includes('in-memory'), name);
    assert.equal(JSON.parse(await storedText(page)).schema, 2);
    assert.equal(await storedText(page, COPY_KEY), original, name);
    await page.close();
  }
});

test('storage that throws on every access: the app works in memory and warns', async () => {
  const page = await freshPage({
    initScript: () => {
      const refuse = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
      Storage.prototype.getItem = refuse;
      Storage.prototype.setItem = refuse;
      Storage.prototype.removeItem = refuse;
    },
  });
  const problems = watchConsole(page);
  let progress = await state(page);
  assert.equal(progress.storage.status, 'unavailable');
  assert.match(progress.storage.warning, /not letting the app save/);
  assert.deepEqual(await dispatch(page, logAction('kept-in-memory')), { ok: true });
  progress = await state(page);
  assert.deepEqual(progress.sessionIds, ['kept-in-memory']);
  assert.equal(progress.storage.status, 'unavailable');
  await nextFrames(page, 5);
  saveResult('progress-unavailable.png', await page.screenshot());
  assert.deepEqual(problems, []);
  await page.close();
});

test('a full storage (setItem throws a quota error) never damages the previous document', async () => {
  const page = await freshPage({ stored: JSON.stringify(documentWith(['saved-before'])) });
  const before = await storedText(page);
  assert.deepEqual((await state(page)).sessionIds, ['saved-before']);
  await page.evaluate((key) => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.call(this, k, v);
    };
  }, KEY);
  assert.deepEqual(await dispatch(page, logAction('not-saved')), { ok: true });
  const progress = await state(page);
  assert.equal(progress.storage.status, 'full');
  assert.match(progress.storage.warning, /Storage is full/);
  assert.deepEqual(progress.sessionIds, ['not-saved', 'saved-before']);
  assert.equal(await storedText(page), before);
  await page.close();
});

test('two tabs: sessions logged in either are all kept', async () => {
  const first = await freshPage();
  const second = await shared.browser.newPage();
  await openApp(second, shared.server.url);
  assert.deepEqual(await dispatch(first, logAction('from-first', 1)), { ok: true });
  assert.deepEqual(await dispatch(second, logAction('from-second', 0)), { ok: true });
  assert.deepEqual(await dispatch(first, logAction('first-again', 2)), { ok: true });
  // The storage event reaches the other page asynchronously.
  for (const page of [first, second]) {
    await page.waitForFunction(() => window.app.state().progress.sessionCount === 3, null, { timeout: 10000 });
    assert.deepEqual((await state(page)).sessionIds, ['from-second', 'from-first', 'first-again']);
  }
  assert.deepEqual(JSON.parse(await storedText(first)).sessions.map((s) => s.id).sort(),
    ['first-again', 'from-first', 'from-second']);
  // An annotation in one tab reaches the other.
  assert.deepEqual(await dispatch(second, { type: 'annotateSession', id: 'from-first', note: 'from the second tab' }), { ok: true });
  await first.waitForFunction(() => window.app.state().progress.recentSessions[1].note === 'from the second tab', null,
    { timeout: 10000 });
  await first.close();
  await second.close();
});

test('bad backup files are refused with a clear message and change nothing', async () => {
  const page = await freshPage({ stored: JSON.stringify(documentWith(['mine-1', 'mine-2'])) });
  const before = await storedText(page);
  const good = documentWith(['b-1']);
  const withSession = (change) => {
    const doc = JSON.parse(JSON.stringify(good));
    change(doc.sessions[0], doc);
    return JSON.stringify(doc);
  };
  const bad = {
    'larger than 5 MB': [' '.repeat(5 * 1024 * 1024 + 10) + '{}', /larger than 5 MB/],
    'not JSON': ['this is not a backup', /not valid JSON/],
    'deeply nested': ['['.repeat(50000) + ']'.repeat(50000), /nested too deeply/],
    'wrong types': [withSession((s) => { s.done = 'yes'; }), /sessions\[0\]\.done: expected true or false/],
    'NaN': ['{"schema":2,"epoch":NaN,"goal":{"perWeek":3,"rev":0},"sessions":[]}', /not valid JSON/],
    'negative numbers': [withSession((s) => { s.ex[0][2] = -4; }), /sessions\[0\]\.ex\[0\]\[2\]: expected a whole number from 0/],
    'huge numbers': [withSession((s) => { s.ex[0][1] = 1e300; }), /sessions\[0\]\.ex\[0\]\[1\]: expected a whole number/],
    'far-future dates': [withSession((s) => {
      s.start = Date.now() + 400 * DAY; s.end = s.start + 1000; s.date = new Date(s.start).toISOString().slice(0, 10);
    }), /too far in the future/],
    'duplicate ids': [withSession((s, doc) => { doc.sessions.push({ ...s }); }), /duplicate id 'b-1'/],
    'unknown fields': [withSession((s) => { s.heartRate = 80; }), /sessions\[0\]\.heartRate: unknown field/],
    'a newer schema': [JSON.stringify({ ...good, schema: 5 }), /newer version of the app/],
  };
  for (const [name, [text, message]] of Object.entries(bad)) {
    for (const mode of ['merge', 'replace']) {
      const result = await dispatch(page, { type: 'importBackup', text, mode });
      assert.equal(result.ok, false, `${name} (${mode}) was accepted`);
      assert.match(result.error, message, name);
      const progress = await state(page);
      assert.deepEqual(progress.sessionIds, ['mine-1', 'mine-2'], name);
      assert.equal(await storedText(page), before, name);
    }
  }
  await page.close();
});

test('backups: export JSON and CSV, import merged without duplicates or replacing, reset', async () => {
  const page = await freshPage({ stored: JSON.stringify(documentWith(['mine-1', 'mine-2'])) });
  const json = await downloadText(page, { type: 'exportBackup', format: 'json' });
  assert.match(json.name, /^upper-back-relief-progress-\d{4}-\d{2}-\d{2}\.json$/);
  assert.deepEqual(JSON.parse(json.text).sessions.map((s) => s.id), ['mine-2', 'mine-1']);
  const csv = await downloadText(page, { type: 'exportBackup', format: 'csv' });
  assert.match(csv.name, /\.csv$/);
  assert.equal(csv.text.trim().split('\r\n').length, 3);
  assert.match(csv.text, /^session_id,started_utc,/);

  const other = JSON.stringify(documentWith(['mine-1', 'other-1']));
  assert.deepEqual(await dispatch(page, { type: 'importBackup', text: other, mode: 'merge' }), { ok: true });
  let progress = await state(page);
  assert.equal(progress.sessionCount, 3);
  assert.equal(progress.importMessage.text, 'Imported 2 sessions (1 new).');
  assert.deepEqual(await dispatch(page, { type: 'importBackup', text: other, mode: 'merge' }), { ok: true });
  assert.equal((await state(page)).sessionCount, 3);

  assert.deepEqual(await dispatch(page, { type: 'importBackup', text: json.text, mode: 'replace' }), { ok: true });
  progress = await state(page);
  assert.deepEqual(progress.sessionIds.slice().sort(), ['mine-1', 'mine-2']);
  await page.reload();
  await openApp(page, shared.server.url);
  assert.deepEqual((await state(page)).sessionIds.slice().sort(), ['mine-1', 'mine-2']);

  assert.deepEqual(await dispatch(page, { type: 'resetProgress' }), { ok: true });
  assert.equal((await state(page)).sessionCount, 0);
  assert.deepEqual(JSON.parse(await storedText(page)).sessions, []);
  await page.close();
});

test('a stored schema 1 document is migrated and written back in the current schema', async () => {
  const start = Date.now() - 2 * DAY;
  const v1 = {
    version: 1, weeklyGoal: 2,
    sessions: [{ id: 'old', startedAt: start, endedAt: start + 60000, localDate: new Date(start).toISOString().slice(0, 10),
      completed: true, exercises: [{ id: 'mid-trap', repsPlanned: 10, repsDone: 10, setsPlanned: 1, setsDone: 1, seconds: 30 }] }],
  };
  const page = await freshPage({ stored: JSON.stringify(v1) });
  const progress = await state(page);
  assert.deepEqual(progress.sessionIds, ['old']);
  assert.equal(progress.weeklyGoal, 2);
  const stored = JSON.parse(await storedText(page));
  assert.equal(stored.schema, 2);
  assert.equal(stored.sessions[0].tz, 0);
  await page.close();
});
