#!/usr/bin/env node
// Takes the two screenshots the web app manifest lists (Chrome shows them in its richer install dialog) from the
// app itself, in Debian's Chromium:
//   web/screenshot-wide.png    1280×800, form_factor "wide":   the home screen
//   web/screenshot-narrow.png   360×740, form_factor "narrow": an exercise with its demonstration
// They are committed rather than made by every build: a build must not need a browser, and they change only when
// the look of the app does. Rerun after visible UI changes, on a built site:
//   node scripts/pwa-screenshots.mjs [--site build/web/site]
// The build (scripts/build-pwa.mjs) fails if a file's size no longer matches what the manifest says.
import { execFileSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, nextFrames, openApp, ROOT, SITE_DIR, startServer } from '../tests/browser/harness.js';

const siteArg = process.argv.indexOf('--site');
const site = siteArg > 0 ? path.resolve(process.argv[siteArg + 1]) : SITE_DIR;

const SHOTS = [
  { file: 'screenshot-wide.png', width: 1280, height: 800, action: null },
  { file: 'screenshot-narrow.png', width: 360, height: 740, action: { type: 'openExercise', id: 'arm-slides' } },
];

const server = await startServer(site);
const context = await launchBrowser();
try {
  for (const shot of SHOTS) {
    const page = await context.newPage();
    await page.setViewportSize({ width: shot.width, height: shot.height });
    await openApp(page, server.url);
    // The page's own install/update controls are not part of the app's look.
    await page.evaluate(() => document.getElementById('pwa-controls')?.remove());
    if (shot.action) {
      const result = await page.evaluate((action) => window.app.dispatch(action), shot.action);
      if (!result.ok) throw new Error(`${shot.file}: ${JSON.stringify(shot.action)} was rejected: ${result.error}`);
      await page.waitForTimeout(1200);  // a pose in mid-movement rather than the first frame
    }
    await nextFrames(page, 5);
    const file = path.join(ROOT, 'web', shot.file);
    writeFileSync(file, await page.screenshot({ type: 'png' }));
    // The flat UI needs no more than 256 colours: ImageMagick makes the files about 2.5 times smaller, with no
    // dithering and no timestamps (so an unchanged look gives unchanged bytes).
    execFileSync('convert', [file, '-dither', 'None', '-colors', '256', '-define', 'png:exclude-chunks=date,time',
      '-strip', `PNG8:${file}`]);
    console.log(`web/${shot.file}: ${shot.width}×${shot.height}, ${(statSync(file).size / 1024).toFixed(0)} KiB`);
    await page.close();
  }
} finally {
  await context.close();
  await server.stop();
}
