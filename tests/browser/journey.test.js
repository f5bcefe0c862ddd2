// A person's whole first journey, as one test, by mouse at the drawn controls: the first visit -> "Start a session"
// -> "Start Short routine" -> the safety guidance -> "I understand, start the session" -> the session runs in real
// time for its first steps, then on the automation clock (window.app.dispatch advanceTime: the UI never sends it,
// so it is the one dispatch here besides reading state) -> pain after chosen on the summary -> "Done" -> the session
// in the progress history, and in localStorage after a reload -> "Export backup (JSON)" and "Export sessions (CSV)"
// pressed, and the downloaded files read back.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { openApp, saveResult, startServer, watchConsole, withBrowser } from './harness.js';
import { findControl, launchForInput, openFresh, waitForScreen } from './real_input.js';
import { bringToHand, itemLabelled, press, pressAt } from './real_input_more.js';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

const state = (page) => page.evaluate(() => window.app.state());

// Presses a drawn control with the mouse and waits for the download it starts; returns its name and text.
async function downloadByMouse(page, pattern) {
  const item = await bringToHand(page, 'mouse', pattern);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }), pressAt(page, 'mouse', item)]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

test('the whole journey: first visit, guidance, a real session, pain after, history, reload, export', () =>
  withBrowser(async (context) => {
    const page = await openFresh(context, server.url);
    const problems = watchConsole(page);
    let now = await state(page);
    assert.equal(now.safety.acknowledged, false, 'a first visit has nothing acknowledged');
    assert.equal(now.progress.sessionCount, 0);

    // First visit -> the routines -> the guidance, which names the warning signs before anything starts.
    await press(page, 'mouse', '^Start a session$');
    await waitForScreen(page, 'routines');
    await press(page, 'mouse', '^Start Short routine');
    await waitForScreen(page, 'safety');
    assert.equal(await page.textContent('#a11y-heading'), 'Before you start');
    assert.equal((await state(page)).session.active, false, 'a session started before the guidance was read');
    saveResult('journey-1-guidance.png', await page.screenshot());
    await press(page, 'mouse', '^I understand, start the session$');
    await waitForScreen(page, 'session');
    now = await state(page);
    assert.equal(now.session.running, true);
    assert.equal(now.session.routine, 'short');
    assert.equal(now.safety.acknowledged, true);

    // Real time for the first steps: the get-ready countdown runs down on the wall clock and hands over to the
    // first exercise by itself.
    assert.equal(now.session.phase, 'getReady');
    const countdown = now.session.remaining;
    await page.waitForTimeout(2000);
    const later = (await state(page)).session;
    assert.ok(later.remaining < countdown - 1 && later.remaining > countdown - 4,
      `2 s of real time moved the countdown from ${countdown} to ${later.remaining}`);
    await page.waitForFunction(() => window.app.state().session.phase !== 'getReady', null, { timeout: 15000 });
    const working = (await state(page)).session;
    assert.equal(working.exerciseIndex, 0);
    assert.notEqual(working.phase, 'getReady');
    saveResult('journey-2-session.png', await page.screenshot());

    // Then the automation clock, a minute at a time, to the summary.
    for (let minutes = 0; minutes < 60 && (await state(page)).session.phase !== 'summary'; minutes++) {
      assert.deepEqual(await page.evaluate(() => window.app.dispatch({ type: 'advanceTime', seconds: 60 })),
        { ok: true });
    }
    now = await state(page);
    assert.equal(now.session.phase, 'summary', 'the session never reached its summary');
    assert.equal(now.session.completed, true);
    const recordId = now.session.recordId;
    assert.ok(recordId, 'no record of the finished session');

    // Pain after, chosen on the summary by mouse, then Done.
    await press(page, 'mouse', '^Pain after: 2 of 10$');
    now = await state(page);
    assert.equal(now.progress.recentSessions.find((s) => s.id === recordId)?.painAfter, 2, 'pain after not recorded');
    const chosen = await findControl(page, '^Pain after: 2 of 10$');
    assert.equal(chosen.checked, true, 'the chosen pain level is not shown as chosen');
    saveResult('journey-3-summary.png', await page.screenshot());
    await press(page, 'mouse', '^Done$');
    await waitForScreen(page, 'home');

    // The progress history shows it.
    await press(page, 'mouse', '^Your progress$');
    await waitForScreen(page, 'progress');
    now = await state(page);
    assert.deepEqual(now.progress.sessionIds, [recordId]);
    const recorded = now.progress.recentSessions[0];
    assert.equal(recorded.completed, true);
    assert.match(recorded.routine, /^Short routine/);
    assert.equal(recorded.painAfter, 2);
    assert.ok(recorded.exercises.length > 0 && recorded.exercises.every((e) => e.repsDone === e.repsPlanned),
      `a completed session with work left: ${JSON.stringify(recorded.exercises)}`);
    assert.ok(await itemLabelled(page, 'Short routine'), 'the history does not show the session');
    saveResult('journey-4-progress.png', await page.screenshot());

    // In localStorage, and still there after a reload.
    await page.reload();
    await openApp(page, server.url);
    await waitForScreen(page, 'home');
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('ubr.progress')));
    assert.deepEqual(stored.sessions.map((s) => s.id), [recordId]);
    assert.equal(stored.sessions[0].pa, 2);
    assert.equal(stored.sessions[0].done, true);
    assert.deepEqual((await state(page)).progress.sessionIds, [recordId], 'the session is gone after a reload');
    assert.equal((await state(page)).safety.acknowledged, true, 'the acknowledgement is gone after a reload');

    // Export through the drawn buttons, and read the files back.
    await press(page, 'mouse', '^Your progress$');
    await waitForScreen(page, 'progress');
    const json = await downloadByMouse(page, '^Export backup \\(JSON\\)$');
    assert.match(json.name, /^upper-back-relief-progress-\d{4}-\d\d-\d\d\.json$/);
    const backup = JSON.parse(json.text);
    assert.equal(backup.schema, 2);
    assert.deepEqual(backup.sessions, stored.sessions, 'the backup differs from what is stored');

    const csv = await downloadByMouse(page, '^Export sessions \\(CSV\\)$');
    assert.match(csv.name, /^upper-back-relief-.*sessions-\d{4}-\d\d-\d\d\.csv$/);
    // One line per exercise of each session (session_id, ..., exercise_id, ..., pain_after, note).
    const [header, ...rows] = csv.text.trim().split(/\r?\n/);
    const columns = header.split(',');
    const column = (name) => {
      const index = columns.indexOf(name);
      assert.ok(index >= 0, `no ${name} column in ${header}`);
      return index;
    };
    const lines = rows.map((row) => row.split(','));
    assert.deepEqual(lines.map((cells) => cells[column('exercise_id')]), recorded.exercises.map((e) => e.id),
      `one line per exercise of the session:\n${csv.text}`);
    for (const cells of lines) {
      assert.equal(cells[column('session_id')], recordId);
      assert.match(cells[column('routine')], /^"?Short routine/);
      assert.equal(cells[column('completed')], 'yes');
      assert.equal(cells[column('pain_after')], '2');
    }
    assert.deepEqual(problems, []);
  }, () => launchForInput('mouse')));
