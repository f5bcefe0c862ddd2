// The home screen as plain HTML (index.html, cards written at build time by scripts/prerender-home.mjs from
// assets/exercises.json): on screen and in the accessibility tree before the wasm runs, gone from both once the
// canvas draws, and what a browser without JavaScript shows.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { describeDosage, readCatalogue } from '../../scripts/prerender-home.mjs';
import { CHROMIUM_ARGS, openApp, ROOT, saveResult, servedAppInBrowser, withBrowser, withCleanup } from './harness.js';

const shared = servedAppInBrowser();
const catalogue = readCatalogue();
const names = catalogue.exercises.map((e) => e.name);

test('before the wasm runs, the page shows the title and every exercise of the catalogue', async () => {
  // A fresh profile, so no service worker answers for app.wasm; the request is held and never answered.
  await withBrowser(async (freshBrowser) => {
    const page = await freshBrowser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    let wasmRequested = false;
    await page.route('**/app.wasm*', () => { wasmRequested = true; });
    await page.goto(shared.server.url);
    await page.waitForSelector('#home-preview .preview-card');
    assert.equal(names.length, 8);
    assert.equal(await page.isVisible('#home-preview'), true, 'the preview is not shown');
    assert.equal(await page.textContent('.preview-title'), 'Upper Back Relief');
    assert.deepEqual(await page.$$eval('.preview-card h2', (hs) => hs.map((h) => h.textContent)), names);
    assert.deepEqual(await page.$$eval('.preview-chip', (cs) => cs.map((c) => c.textContent)),
      catalogue.exercises.map((e) => describeDosage(e.dosage)));
    assert.equal(await page.textContent('#status-text'), 'Loading…');
    assert.equal(wasmRequested, true, 'the page did not ask for app.wasm');
    assert.equal(await page.evaluate(() => window.app.started), false, 'the app started without its wasm');
    // What a screen reader finds: the page heading and each exercise as a heading of its own.
    const tree = await page.locator('body').ariaSnapshot();
    assert.match(tree, /heading "Upper Back Relief" \[level=1\]/);
    for (const name of names) assert.ok(tree.includes(`heading "${name}" [level=2]`), `${name} is not in the tree`);
    saveResult('home-preview-phone.png', await page.screenshot());
  });
});

test('once the canvas draws, the preview is hidden and out of the accessibility tree', async () => {
  const page = await shared.browser.newPage();
  await openApp(page, shared.server.url);
  assert.equal(await page.isHidden('#home-preview'), true, 'the preview still shows over the canvas');
  const tree = await page.locator('body').ariaSnapshot();
  for (const exercise of catalogue.exercises) {
    assert.ok(!tree.includes(exercise.summary), `the preview's "${exercise.summary}" is still in the tree`);
  }
  assert.doesNotMatch(tree, /Loading/);
  // The chips say what the canvas's cards say (the app's describe_dosage), and the intro is the home screen's own.
  const state = await page.evaluate(() => window.app.state());
  assert.deepEqual(catalogue.exercises.map((e) => describeDosage(e.dosage)), state.exercises.map((e) => e.dosage));
  const intro = await page.textContent('.preview-intro');
  assert.ok(readFileSync(path.join(ROOT, 'src/ui/home_screen.cpp'), 'utf8').includes(intro),
    `the home screen (src/ui/home_screen.cpp) no longer says "${intro}"`);
  await page.close();
});

test('without JavaScript the page shows the exercises and says what it needs', async () => {
  await withCleanup(async (defer) => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
    });
    defer(() => browser.close());
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(shared.server.url);
    assert.equal(await page.isVisible('#home-preview'), true);
    assert.deepEqual(await page.$$eval('.preview-card h2', (hs) => hs.map((h) => h.textContent)), names);
    assert.match(await page.textContent('.preview-note'), /needs JavaScript/);
    assert.equal((await page.textContent('#status')).trim(), '', 'a page without JavaScript says it is loading');
    saveResult('home-preview-no-js.png', await page.screenshot());
  });
});
