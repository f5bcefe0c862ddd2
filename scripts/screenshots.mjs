// Takes screenshots of the release build for review and for the README: each named view at each size, in light
// and dark colour schemes. Usage: node scripts/screenshots.mjs [--out DIR] [--readme]
//   --readme  only the README's pictures (views marked `readme`) at 1280×800, written to docs/screenshots/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, nextFrames, openApp, ROOT, startServer } from '../tests/browser/harness.js';

const args = process.argv.slice(2);
const readmeOnly = args.includes('--readme');
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? path.resolve(args[outIndex + 1]) : path.join(ROOT, readmeOnly ? 'docs/screenshots' : 'test-results/screenshots');

// Each view is reached through the automation interface, the same path the UI takes.
const VIEWS = [
  { name: 'home', readme: true, actions: [{ type: 'goHome' }] },
  { name: 'exercise', readme: true, actions: [{ type: 'openExercise', id: 'arm-slides' }, { type: 'advanceTime', seconds: 1.2 }] },
  { name: 'safety', actions: [{ type: 'openSafety' }] },
  { name: 'session', actions: [{ type: 'acknowledgeSafety' }, { type: 'startSession', routine: 'full' }, { type: 'advanceTime', seconds: 8 }] },
  { name: 'session-exercise', actions: [{ type: 'acknowledgeSafety' }, { type: 'startSession', routine: 'full' }, { type: 'advanceTime', seconds: 40 }] },
  { name: 'progress', actions: [{ type: 'openProgress' }] },
  { name: 'routines', actions: [{ type: 'openRoutines' }] },
  { name: 'reminders', readme: true, actions: [{ type: 'openReminders' },
    { type: 'setDeskBreaks', on: true, every: 45, from: 9, to: 17, days: ['mon', 'tue', 'wed', 'thu', 'fri'] }] },
  // A desk break falls due: the clock of the last action is 46 minutes after the first's (both at 10:00 local on
  // a Monday, so within the chosen hours).
  { name: 'reminder-banner', readme: true, actions: [
    { type: 'setDeskBreaks', on: true, every: 45, from: 0, to: 24, days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      clock: { utcMs: Date.UTC(2026, 11, 7, 10, 0), utcOffsetMinutes: 0 } },
    { type: 'advanceTime', seconds: 0, clock: { utcMs: Date.UTC(2026, 11, 7, 10, 46), utcOffsetMinutes: 0 } }] },
  // The editor is the screen's own widget state: opened by pressing "New routine" and "Add …" through their twins.
  { name: 'routine-editor', actions: [{ type: 'openRoutines' }], press: ['New routine', 'Add Arm Slides', 'Add Shoulder Roll'] },
];
const SIZES = readmeOnly ? [{ name: 'desktop', width: 1280, height: 800 }]
  : [{ name: 'phone', width: 390, height: 844 }, { name: 'desktop', width: 1280, height: 800 }];
const SCHEMES = readmeOnly ? ['light'] : ['light', 'dark'];

mkdirSync(outDir, { recursive: true });
const server = await startServer();
const browser = await launchBrowser();
try {
  // The page's HTML home (index.html), as it shows before the wasm runs: app.wasm is held back, each time in a
  // browser of its own, since a service worker installed by an earlier page would answer for it out of page.route's
  // reach.
  if (!readmeOnly) {
    for (const scheme of SCHEMES) {
      for (const size of SIZES) {
        const fresh = await launchBrowser();
        try {
          const page = await fresh.newPage();
          await page.setViewportSize({ width: size.width, height: size.height });
          await page.emulateMedia({ colorScheme: scheme });
          await page.route('**/app.wasm*', () => {});  // never answered
          await page.goto(server.url);
          await page.waitForSelector('#home-preview .preview-card');
          const file = path.join(outDir, `home-preview-${size.name}-${scheme}.png`);
          await page.screenshot({ path: file });
          console.log(path.relative(ROOT, file));
        } finally {
          await fresh.close();
        }
      }
    }
  }
  for (const scheme of SCHEMES) {
    for (const size of SIZES) {
      const page = await browser.newPage();
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: scheme });
      await openApp(page, server.url);
      for (const view of readmeOnly ? VIEWS.filter((v) => v.readme) : VIEWS) {
        for (const action of view.actions) {
          const result = await page.evaluate((a) => window.app.dispatch(a), action);
          if (!result.ok) throw new Error(`${view.name}: ${JSON.stringify(action)} rejected: ${result.error}`);
        }
        for (const label of view.press || []) {
          await nextFrames(page, 2);
          const why = await page.evaluate((wanted) => {
            const item = window.app.a11y.items().items.find((i) => i.label === wanted);
            return item ? window.app.a11y.activate(item.key) : `no control labelled ${wanted}`;
          }, label);
          if (why) throw new Error(`${view.name}: ${why}`);
        }
        await nextFrames(page, 4);
        const file = readmeOnly ? `${view.name}.png` : `${view.name}-${size.name}-${scheme}.png`;
        await page.screenshot({ path: path.join(outDir, file) });
        console.log(path.relative(ROOT, path.join(outDir, file)));
        await page.evaluate(() => window.app.dispatch({ type: 'endSession' }));
        await page.evaluate(() => window.app.dispatch({ type: 'closeSession' }));
        await page.evaluate(() => window.app.dispatch({ type: 'goHome' }));
        // Reminders are stored: turned off again, so the next views (and the next page) show no banner.
        await page.evaluate(() => {
          window.app.dispatch({ type: 'skipReminder' });
          window.app.dispatch({ type: 'setDeskBreaks', on: false, every: 45, from: 9, to: 17, days: ['mon'] });
        });
        if (view.press) {  // leave the editor closed for the next view
          await page.reload();
          await openApp(page, server.url);
        }
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
