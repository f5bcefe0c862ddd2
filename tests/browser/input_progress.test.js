// The progress screen by real input, by mouse, by finger (phone) and by keyboard (the mirror's twins): Home, the
// weekly goal, the calendar's months, a history entry's editor (pain and note), export as JSON and CSV (the
// downloaded file read back), import through the file picker then merge, replace or cancel, reset with its
// confirmation, and the choices after unreadable stored data (download it, start fresh). Each test checks what the
// person then sees: the mirror's texts and buttons, state().progress, the downloaded files.
// window.app.dispatch only sets tests up: the screen, recorded sessions (logSession), the weekly goal.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { nextFrames } from './harness.js';
import {
  INPUT_ORDER, activate, appState, assertNoNewProblems, bringToHand, drag, findControl, home, itemLabelled, mirror,
  pagesPerInput, press, reveal, setUp, tabTo, typeInto, waitForScreen,
} from './real_input_more.js';

const shared = pagesPerInput();
const DAY = 86400000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

const progress = async (page) => (await appState(page)).progress;

function logAction(id, daysAgo, extra = {}) {
  return {
    type: 'logSession', id, startedAt: Date.now() - daysAgo * DAY - 3600000, utcOffsetMinutes: 0,
    exercises: [{ id: 'arm-slides', repsPlanned: 10, repsDone: 10, setsPlanned: 1, setsDone: 1, seconds: 45 }],
    ...extra,
  };
}

// A backup file as the app writes it (schema 2), holding sessions `ids`, one a day back from two days ago.
function backupFile(ids) {
  const sessions = ids.map((id, i) => {
    const start = Date.now() - (i + 2) * DAY;
    return { id, start, end: start + 600000, date: new Date(start).toISOString().slice(0, 10), tz: 0, done: true,
      ex: [['arm-slides', 10, 10, 1, 1, 40]] };
  });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ubr-backup-')), 'my-backup.json');
  writeFileSync(file, JSON.stringify({ schema: 2, app: '0.1.0', epoch: 0, goal: { perWeek: 3, rev: 0 }, sessions }));
  return file;
}

// Runs `body(page)` on the input's page on the progress screen, with exactly two recorded sessions ('one', 'two')
// and a weekly goal of 3.
function progressTest(name, input, body, options = {}) {
  test(`progress: ${name} by ${input}`, options, async () => {
    const page = await shared.pageFor(input);
    await home(page);
    await setUp(page, { type: 'resetProgress' }, logAction('one', 1),
      logAction('two', 0, { painBefore: 4, note: 'stiff' }), { type: 'setWeeklyGoal', sessionsPerWeek: 3 },
      { type: 'openProgress' });
    await waitForScreen(page, 'progress');
    const mark = shared.problems.length;
    await body(page);
    assertNoNewProblems(shared, mark);
  });
}

// Uses a control that makes the page download a file; returns { name, text } of the download.
async function downloadBy(page, input, pattern) {
  const item = await bringToHand(page, input, pattern);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }),
    activate(page, input, item)]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

// Uses "Import a backup…" and picks `file` in the browser's file picker. Playwright catches the picker only once it
// has asked Chromium to (on the first 'filechooser' listener): asked well before the key press, which opens the
// picker at once (a click on the canvas opens it a frame later).
const catching = new WeakSet();
async function importBy(page, input, file) {
  if (!catching.has(page)) {
    page.on('filechooser', () => {});
    catching.add(page);
    await page.evaluate(() => 0);
  }
  const item = await bringToHand(page, input, '^Import a backup…$');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10000 }),
    activate(page, input, item)]);
  await chooser.setFiles(file);
  await page.waitForFunction(() => window.app.state().progress.pendingImport !== null, null, { timeout: 5000 });
  await nextFrames(page, 3);
}

const monthTitle = async (page) => {
  const item = (await mirror(page)).items.find((i) => /^[A-Z][a-z]+ \d{4}: \d+ active days?$/.test(i.label));
  return item ? item.label.replace(/:.*/, '') : '';
};

for (const input of INPUT_ORDER) {
  progressTest('"Home" goes back to the exercises', input, async (page) => {
    await press(page, input, '^← Home$');
    await waitForScreen(page, 'home');
  });

  progressTest('weekly goal "More"', input, async (page) => {
    assert.ok(await itemLabelled(page, '^2 of 3 sessions this week$'));
    await press(page, input, '^More$');
    assert.equal((await progress(page)).weeklyGoal, 4);
    assert.ok(await itemLabelled(page, '^2 of 4 sessions this week$'), 'the shown goal did not change');
  });

  progressTest('weekly goal "Fewer"', input, async (page) => {
    await press(page, input, '^Fewer$');
    assert.equal((await progress(page)).weeklyGoal, 2);
    assert.ok(await itemLabelled(page, '^2 of 2 sessions this week$'), 'the shown goal did not change');
    await press(page, input, '^Fewer$');
    assert.equal((await progress(page)).weeklyGoal, 1);
    assert.ok(await itemLabelled(page, '^2 sessions this week, goal of 1 met$'), 'a passed goal is not said so');
  });

  progressTest('weekly goal "Fewer" at the lowest goal is dimmed and does nothing', input, async (page) => {
    await setUp(page, { type: 'setWeeklyGoal', sessionsPerWeek: 1 });
    const fewer = await findControl(page, '^Fewer$');
    await press(page, input, '^Fewer$');
    assert.equal((await progress(page)).weeklyGoal, 1);
    assert.ok(await itemLabelled(page, '^2 sessions this week, goal of 1 met$'));
    // The drawn button is dimmed; its twin has to say so (aria-disabled) to a keyboard and screen-reader user.
    assert.equal(fewer.enabled, false, 'the twin says Fewer is available');
  });

  // The month shown is the screen's own widget state, which stays as the last test left it; each test goes from there.
  const monthBefore = (title) => {
    const [name, year] = title.split(' ');
    const month = MONTHS.indexOf(name);
    return month === 0 ? `December ${Number(year) - 1}` : `${MONTHS[month - 1]} ${year}`;
  };

  progressTest('calendar: the previous month', input, async (page) => {
    const shown = await monthTitle(page);
    assert.match(shown, /^[A-Z][a-z]+ \d{4}$/);
    await press(page, input, '[Pp]revious month|[Ee]arlier month');
    assert.equal(await monthTitle(page), monthBefore(shown));
  });

  progressTest('calendar: the next month, up to the current one', input, async (page) => {
    const today = (await progress(page)).today;
    const [year, month] = today.split('-').map(Number);
    const current = `${MONTHS[month - 1]} ${year}`;
    await press(page, input, '[Pp]revious month|[Ee]arlier month');
    while (await monthTitle(page) !== current) {
      const shown = await monthTitle(page);
      assert.ok((await findControl(page, '[Nn]ext month')).enabled, `"Next month" is dimmed on ${shown}`);
      await press(page, input, '[Nn]ext month|[Ll]ater month');
      assert.equal(monthBefore(await monthTitle(page)), shown);
    }
    // No months after the current one: the button is dimmed and does nothing.
    assert.equal((await findControl(page, '[Nn]ext month')).enabled, false);
    await press(page, input, '[Nn]ext month|[Ll]ater month');
    assert.equal(await monthTitle(page), current);
  });

  // A history entry opens (its header), then "Edit pain and note" shows the editor.
  const openEditor = async (page) => {
    const date = (await progress(page)).recentSessions[0].localDate;
    // Entries stay open as the last test left them (widget state): opened only when shown closed.
    const header = await findControl(page, `^${date} .*Session`, 'toggle');
    if (!header.checked) await press(page, input, `^${date} .*Session`, { role: 'toggle' });
    assert.equal((await findControl(page, `^${date} .*Session`, 'toggle')).checked, true, 'the entry did not open');
    await press(page, input, '^Edit pain and note$');
    assert.ok(await itemLabelled(page, '^Save$'), 'the editor has no Save button');
  };

  progressTest('history: "Edit pain and note", pain before changed, "Save"', input, async (page) => {
    await openEditor(page);
    if (input === 'keyboard') {
      await tabTo(page, '^Pain before$');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
    } else {
      const slider = await reveal(page, '^Pain before$', { role: 'slider' });
      await drag(page, input, slider, 0.1, 0.6);
    }
    await press(page, input, '^Save$');
    const saved = (await progress(page)).recentSessions[0];
    assert.ok(saved.painBefore !== 4 && saved.painBefore !== null, `pain before is ${saved.painBefore}`);
    assert.ok(await itemLabelled(page, `Pain before: ${saved.painBefore}/10`), 'the entry does not show the new pain');
  });

  progressTest('history: a note typed into the editor and saved', input, async (page) => {
    await openEditor(page);
    await typeInto(page, input, '^Note$', ', easier by evening');
    await press(page, input, '^Save$');
    assert.equal((await progress(page)).recentSessions[0].note, 'stiff, easier by evening');
    assert.ok(await itemLabelled(page, 'Note: stiff, easier by evening'), 'the entry does not show the note');
  });

  progressTest('history: the editor\'s "Cancel" keeps the entry as it was', input, async (page) => {
    await openEditor(page);
    await typeInto(page, input, '^Note$', ' (not kept)');
    await press(page, input, '^Cancel$');
    assert.equal((await progress(page)).recentSessions[0].note, 'stiff');
    assert.equal(await itemLabelled(page, '^Save$'), undefined, 'the editor is still open');
  });

  progressTest('"Export backup (JSON)" downloads the whole record', input, async (page) => {
    const file = await downloadBy(page, input, '^Export backup \\(JSON\\)$');
    assert.match(file.name, /^upper-back-relief-progress-\d{4}-\d\d-\d\d\.json$/);
    const backup = JSON.parse(file.text);
    assert.equal(backup.schema, 2);
    assert.deepEqual(backup.sessions.map((s) => s.id).sort(), ['one', 'two']);
    assert.equal(backup.goal.perWeek, 3);
  });

  progressTest('"Export sessions (CSV)" downloads one line per session', input, async (page) => {
    const file = await downloadBy(page, input, '^Export sessions \\(CSV\\)$');
    assert.match(file.name, /^upper-back-relief-.*sessions-\d{4}-\d\d-\d\d\.csv$/);
    const lines = file.text.trim().split(/\r?\n/);
    assert.equal(lines.length, 3, `expected a header and two sessions:\n${file.text}`);
    assert.ok(lines.slice(1).some((line) => line.includes('two') && line.includes('stiff')), file.text);
  });

  progressTest('"Import a backup…" through the file picker, then "Merge into my progress"', input, async (page) => {
    await importBy(page, input, backupFile(['two', 'b-1', 'b-2']));
    const pending = (await progress(page)).pendingImport;
    assert.equal(pending.fileName, 'my-backup.json');
    assert.equal(pending.sessions, 3);
    assert.equal(pending.newSessions, 2);
    await press(page, input, '^Merge into my progress$');
    const now = await progress(page);
    assert.equal(now.pendingImport, null);
    assert.deepEqual([...now.sessionIds].sort(), ['b-1', 'b-2', 'one', 'two']);
    assert.ok(now.importMessage && now.importMessage.ok, JSON.stringify(now.importMessage));
    assert.ok(await itemLabelled(page, now.importMessage.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      'the import message is not shown');
    assert.equal(await itemLabelled(page, '^Merge into my progress$'), undefined, 'the merge choice is still offered');
  });

  // What the picked file holds is drawn above the choices; a screen reader has to hear it too.
  progressTest('"Import a backup…": the picked file is described in the mirror', input, async (page) => {
    await importBy(page, input, backupFile(['two', 'b-1', 'b-2']));
    assert.ok(await itemLabelled(page, '^my-backup\\.json holds 3 sessions \\(2 new to you\\)'),
      'the picked file is not described');
  });

  progressTest('"Import a backup…", then "Cancel import"', input, async (page) => {
    await importBy(page, input, backupFile(['b-1']));
    await press(page, input, '^Cancel import$');
    const now = await progress(page);
    assert.equal(now.pendingImport, null);
    assert.deepEqual([...now.sessionIds].sort(), ['one', 'two']);
    assert.equal(await itemLabelled(page, '^Merge into my progress$'), undefined);
  });

  progressTest('"Import a backup…", then "Replace my progress…" and "Yes, replace"', input, async (page) => {
    await importBy(page, input, backupFile(['b-1', 'b-2']));
    await press(page, input, '^Replace my progress…$');
    assert.ok(await itemLabelled(page, '^Replace all 2 sessions you have now'), 'no confirmation asked');
    await press(page, input, '^Yes, replace my progress$');
    const now = await progress(page);
    assert.deepEqual([...now.sessionIds].sort(), ['b-1', 'b-2']);
    assert.equal(now.pendingImport, null);
  });

  progressTest('"Import a backup…", then "Replace my progress…" and "No, keep it"', input, async (page) => {
    await importBy(page, input, backupFile(['b-1', 'b-2']));
    await press(page, input, '^Replace my progress…$');
    await press(page, input, '^No, keep it$');
    const now = await progress(page);
    assert.deepEqual([...now.sessionIds].sort(), ['one', 'two']);
    assert.equal(now.pendingImport.fileName, 'my-backup.json', 'the picked file was dropped');
    assert.equal(await itemLabelled(page, '^Replace all'), undefined, 'the confirmation is still shown');
    assert.ok(await itemLabelled(page, '^Merge into my progress$'), 'the choices are not offered again');
  });

  progressTest('"Reset all progress…", then "Yes, delete everything"', input, async (page) => {
    await press(page, input, '^Reset all progress…$');
    assert.ok(await itemLabelled(page, '^Delete all 2 sessions'), 'no confirmation asked');
    await press(page, input, '^Yes, delete everything$');
    const now = await progress(page);
    assert.equal(now.sessionCount, 0);
    assert.ok(await itemLabelled(page, '^0 of 3 sessions this week$'));
  });

  progressTest('"Reset all progress…", then "No, keep it"', input, async (page) => {
    await press(page, input, '^Reset all progress…$');
    await press(page, input, '^No, keep it$');
    assert.equal((await progress(page)).sessionCount, 2);
    assert.equal(await itemLabelled(page, '^Yes, delete everything$'), undefined);
  });

  // Unreadable stored progress (set up by writing broken text and reloading): the banner's choices.
  const BROKEN = '{"schema":2,"sessions":[{"id":"a"';
  const withUnreadable = (name, body, options) => progressTest(name, input, async (page) => {
    await page.evaluate((text) => {
      localStorage.removeItem('ubr.progress.unreadable');
      localStorage.setItem('ubr.progress', text);
    }, BROKEN);
    try {
      await shared.reload();
      await setUp(page, { type: 'openProgress' });
      assert.equal((await progress(page)).storage.status, 'unreadable');
      assert.ok(await itemLabelled(page, 'could not be read'), 'no warning shown');
      await body(page);
    } finally {
      await page.evaluate(() => {
        localStorage.removeItem('ubr.progress');
        localStorage.removeItem('ubr.progress.unreadable');
      });
      await shared.reload();
    }
  }, options);

  withUnreadable('unreadable data: "Download the unreadable data"', async (page) => {
    const file = await downloadBy(page, input, '^Download the unreadable data$');
    assert.equal(file.text, BROKEN);
    assert.match(file.name, /unreadable/);
  });

  withUnreadable('unreadable data: "Start fresh…", then "Yes, start fresh"', async (page) => {
    await press(page, input, '^Start fresh…$');
    await press(page, input, '^Yes, start fresh$');
    const now = await progress(page);
    assert.equal(now.storage.status, 'saved');
    assert.equal(await itemLabelled(page, 'could not be read'), undefined, 'the warning is still shown');
    assert.equal(await page.evaluate(() => localStorage.getItem('ubr.progress.unreadable')), BROKEN);
  });

  withUnreadable('unreadable data: "Start fresh…", then "Not now"', async (page) => {
    await press(page, input, '^Start fresh…$');
    assert.ok(await itemLabelled(page, '^Start fresh\\? The unreadable data stays'), 'no confirmation asked');
    await press(page, input, '^Not now$');
    assert.equal((await progress(page)).storage.status, 'unreadable');
    assert.ok(await itemLabelled(page, 'could not be read'), 'the warning went');
    assert.equal(await itemLabelled(page, '^Yes, start fresh$'), undefined, 'the confirmation is still shown');
  });
}
