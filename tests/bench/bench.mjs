// The benchmark: measures the release build in headless Chromium on localhost and prints a table plus
// bench-results/bench.json. Figures are medians of RUNS runs; timings are reported, never asserted.
import { mkdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, downloadsFrom, ROOT, SITE_DIR, startServer } from '../browser/harness.js';

const RUNS = Number(process.env.BENCH_RUNS || 5);
const HELLO_DIR = process.env.UBR_HELLO_DIR || path.join(ROOT, 'build/web/bench-hello');
const IDLE_SECONDS = 10;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function freshContext() {
  // A new profile per run: a cold HTTP cache and no service worker.
  return chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'ubr-bench-')), {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
}

// Loads a page cold; returns what the server sent per file (from its log, so the service worker's fetches and any
// file sent twice count) and the time to the first rendered frame.
// The page's CSP forbids eval, so page probes are functions (sent over CDP), never strings.
const APP_PROBES = {
  firstFrame: () => window.app && window.app.firstFrameMs,
  stats: (recent) => window.app.stats(recent),
  hasServiceWorker: true,
};
const HELLO_PROBES = {
  firstFrame: () => window.firstFrameMs,
  stats: (recent) => window.benchStats(recent),
  hasServiceWorker: false,
};

async function coldVisit(server, siteDir, probes) {
  const context = await freshContext();
  const page = await context.newPage();
  server.clearRequests();
  await page.goto(server.url);
  await page.waitForFunction(probes.firstFrame, null, { timeout: 60000 });
  if (probes.hasServiceWorker) {
    // The service worker's precaching is part of a first visit: wait until it is active.
    await page.evaluate(() => Promise.race([navigator.serviceWorker.ready,
      new Promise((resolve) => setTimeout(resolve, 20000))]));
  }
  await sleep(1000);  // the server's log arrives through a pipe
  const files = downloadsFrom(server, siteDir);
  const firstFrameMs = await page.evaluate(probes.firstFrame);
  const stats = await page.evaluate(probes.stats, 0);
  await context.close();
  return { files, firstFrameMs, heapBytes: stats.heapBytes };
}

// The stages of a frame (src/platform/frame_stats.h), as window.app.stats() names them.
const STAGES = ['input', 'update', 'ui', 'mirror', 'actions', 'gl'];

// CPU ms of the frames built while `seconds` pass: `total` whole frames, `build` the part before the GL calls,
// `stages` each stage apart; `drawn` frames built, `shown` those sent to the canvas.
async function frameTimes(page, probes, seconds) {
  const before = await page.evaluate(probes.stats, 0);
  await sleep(seconds * 1000);
  const after = await page.evaluate(probes.stats, 0);
  const drawn = after.framesDrawn - before.framesDrawn;
  const stats = await page.evaluate(probes.stats, Math.min(drawn, 4096));
  return { drawn, shown: after.framesShown - before.framesShown, total: stats.frameMs, build: stats.buildMs,
    stages: stats.stagesMs };
}

const emptySamples = () => ({ total: [], build: [], stages: Object.fromEntries(STAGES.map((s) => [s, []])),
  drawn: 0, shown: 0 });
function addSamples(into, from) {
  into.total.push(...from.total);
  into.build.push(...from.build);
  for (const stage of STAGES) into.stages[stage].push(...from.stages[stage]);
  into.drawn += from.drawn;
  into.shown += from.shown;
}

// Frame times of RUNS one-second samples.
async function sampleFrames(page, probes) {
  const samples = emptySamples();
  for (let run = 0; run < RUNS; run++) addSamples(samples, await frameTimes(page, probes, 1));
  return samples;
}

const stat = (ms) => ({ frames: ms.length, median: median(ms), p95: percentile(ms, 95), p99: percentile(ms, 99) });
const summarise = (samples) => ({
  total: stat(samples.total), build: stat(samples.build), drawn: samples.drawn, shown: samples.shown,
  stages: Object.fromEntries(STAGES.map((stage) => [stage, stat(samples.stages[stage])])),
});

async function measureApp(server) {
  const visits = [];
  for (let i = 0; i < RUNS; i++) {
    visits.push(await coldVisit(server, SITE_DIR, APP_PROBES));
  }
  const context = await freshContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.app && window.app.started);
  const state = await page.evaluate(() => window.app.state());
  // Sessions start only once the safety guidance is acknowledged (docs/automation.md).
  await page.evaluate(() => window.app.dispatch({ type: 'acknowledgeSafety' }));

  const perExercise = {};
  const allDemo = emptySamples();
  for (const exercise of state.exercises) {
    await page.evaluate((id) => window.app.dispatch({ type: 'openExercise', id }), exercise.id);
    const samples = await sampleFrames(page, APP_PROBES);
    perExercise[exercise.id] = summarise(samples);
    addSamples(allDemo, samples);
  }
  await page.evaluate(() => window.app.dispatch({ type: 'goHome' }));

  const started = await page.evaluate(() => window.app.dispatch({ type: 'startSession', routine: 'full' }));
  if (!started.ok) throw new Error(`the session did not start: ${started.error}`);
  const session = summarise(await sampleFrames(page, APP_PROBES));
  await page.evaluate(() => window.app.dispatch({ type: 'endSession' }));
  await page.evaluate(() => window.app.dispatch({ type: 'goHome' }));
  await page.mouse.move(5, 5);
  await sleep(1000);
  const idle = await frameTimes(page, APP_PROBES, IDLE_SECONDS);

  // Heap before and after a simulated 30-minute session (time advanced through the dispatch interface).
  const heapStart = await page.evaluate(() => window.app.stats().heapBytes);
  const heapTrace = [];
  const longStarted = await page.evaluate(() => window.app.dispatch({ type: 'startSession', routine: 'full' }));
  if (!longStarted.ok) throw new Error(`the long session did not start: ${longStarted.error}`);
  for (let minute = 1; minute <= 30; minute++) {
    await page.evaluate(() => window.app.dispatch({ type: 'advanceTime', seconds: 60 }));
    if (minute % 5 === 0) {
      await sleep(50);
      heapTrace.push(await page.evaluate(() => window.app.stats().heapBytes));
    }
  }
  await context.close();
  return {
    visits,
    perExercise,
    demo: summarise(allDemo),
    session,
    idleFps: idle.drawn / IDLE_SECONDS,
    idleDrawn: idle.drawn,
    idleShown: idle.shown,
    heapStart,
    heapTrace,
  };
}

async function measureHello(server) {
  const visits = [];
  for (let i = 0; i < RUNS; i++) {
    visits.push(await coldVisit(server, HELLO_DIR, HELLO_PROBES));
  }
  const context = await freshContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(HELLO_PROBES.firstFrame);
  const samples = await sampleFrames(page, HELLO_PROBES);
  await sleep(1000);
  const idle = await frameTimes(page, HELLO_PROBES, IDLE_SECONDS);
  await context.close();
  return { visits, frame: summarise(samples), idleFps: idle.drawn / IDLE_SECONDS };
}

function bytesTable(visit) {
  const rows = [...visit.files.entries()].sort((a, b) => b[1].gzip - a[1].gzip);
  const total = rows.reduce((sum, [, f]) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), { raw: 0, gzip: 0 });
  return { rows, total };
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => value.toFixed(3);
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

const appServer = await startServer(SITE_DIR);
const helloServer = await startServer(HELLO_DIR);
try {
  const app = await measureApp(appServer);
  const hello = await measureHello(helloServer);
  const appBytes = bytesTable(app.visits[0]);
  const helloBytes = bytesTable(hello.visits[0]);
  const appFirst = median(app.visits.map((v) => v.firstFrameMs));
  const helloFirst = median(hello.visits.map((v) => v.firstFrameMs));
  const MB = 1024 * 1024;

  console.log(`\nUpper Back Relief benchmark — median of ${RUNS} runs, headless Chromium (SwiftShader) on localhost\n`);
  console.log('First visit downloads (KB)         raw      gzip');
  for (const [name, f] of appBytes.rows) {
    const times = f.count > 1 ? ` (sent ${f.count} times)` : '';
    console.log(`  ${name.padEnd(30)} ${kb(f.raw).padStart(8)} ${kb(f.gzip).padStart(9)}${times}`);
  }
  console.log(`  ${'TOTAL'.padEnd(30)} ${kb(appBytes.total.raw).padStart(8)} ${kb(appBytes.total.gzip).padStart(9)}   (budget 350 KB gzip)`);
  console.log('\nFigure                                     app        bare ImGui+SDL2   ratio   budget');
  const line = (label, a, h, r, budget) => console.log(`  ${label.padEnd(38)} ${String(a).padStart(10)} ${String(h).padStart(14)} ${r.padStart(9)}   ${budget}`);
  line('first visit, gzip KB', kb(appBytes.total.gzip), kb(helloBytes.total.gzip), ratio(appBytes.total.gzip, helloBytes.total.gzip), '≤ 350');
  line('first frame, ms (cold)', appFirst.toFixed(0), helloFirst.toFixed(0), ratio(appFirst, helloFirst), '≤ 500');
  // Whole frames, and their part before the GL calls (input, update, UI): software WebGL makes the GL part cost
  // here what a GPU driver would not.
  for (const [part, label] of [['total', 'frame CPU'], ['build', 'frame CPU before GL']]) {
    for (const [what, figures] of [['demos', app.demo], ['session', app.session]]) {
      const a = figures[part];
      const h = hello.frame[part];
      line(`${label}, ${what}, median ms`, ms(a.median), ms(h.median), ratio(a.median, h.median), '≤ 1');
      line(`${label}, ${what}, p95 ms`, ms(a.p95), ms(h.p95), ratio(a.p95, h.p95), '');
      line(`${label}, ${what}, p99 ms`, ms(a.p99), ms(h.p99), ratio(a.p99, h.p99), '≤ 3');
    }
  }
  line(`idle frames/s over ${IDLE_SECONDS} s`, app.idleFps.toFixed(1), hello.idleFps.toFixed(1), ratio(app.idleFps, hello.idleFps), '≤ 2');
  line('wasm heap after start, MB', (median(app.visits.map((v) => v.heapBytes)) / MB).toFixed(1),
    (median(hello.visits.map((v) => v.heapBytes)) / MB).toFixed(1), '', '≤ 32');
  line('wasm heap after 30 simulated min, MB', (app.heapTrace.at(-1) / MB).toFixed(1), '', '', 'flat');
  console.log(`  heap every 5 simulated minutes of a full-routine session: ${app.heapTrace.map((b) => (b / MB).toFixed(1)).join(', ')} MB`);
  // Where a frame's time goes, stage by stage (src/platform/frame_stats.h); the bare page has only input, UI and GL.
  console.log('\nFrame stages, CPU ms: median / p99     demos               session             bare ImGui+SDL2');
  const pair = (figures) => `${ms(figures.median)} / ${ms(figures.p99)}`.padEnd(20);
  for (const stage of STAGES) {
    console.log(`  ${stage.padEnd(36)} ${pair(app.demo.stages[stage])}${pair(app.session.stages[stage])}` +
      `${pair(hello.frame.stages[stage])}`);
  }
  const shownShare = (f) => `${f.shown} of ${f.drawn}`.padEnd(20);
  console.log(`  ${'frames sent to the canvas'.padEnd(36)} ${shownShare(app.demo)}${shownShare(app.session)}` +
    `${shownShare(hello.frame)}`);
  console.log(`  (idle home screen: ${app.idleShown} of ${app.idleDrawn} frames built in ${IDLE_SECONDS} s were sent)`);
  console.log('\nPer-exercise demonstration frame CPU (ms): median / p95 / p99, whole frame | before GL');
  for (const [id, { total: t, build: b }] of Object.entries(app.perExercise)) {
    console.log(`  ${id.padEnd(24)} ${ms(t.median)} / ${ms(t.p95)} / ${ms(t.p99)} | ${ms(b.median)} / ${ms(b.p95)} / ${ms(b.p99)}  (${t.frames} frames)`);
  }

  const resultsDir = path.join(ROOT, 'bench-results');
  mkdirSync(resultsDir, { recursive: true });
  const toJson = (visit) => ({ ...visit, files: Object.fromEntries(visit.files) });
  writeFileSync(path.join(resultsDir, 'bench.json'), JSON.stringify({
    runs: RUNS,
    app: { ...app, visits: app.visits.map(toJson), firstFrameMedianMs: appFirst, bytes: { total: appBytes.total } },
    hello: { ...hello, visits: hello.visits.map(toJson), firstFrameMedianMs: helloFirst, bytes: { total: helloBytes.total } },
  }, null, 2));
  console.log(`\nWrote ${path.relative(process.cwd(), path.join(resultsDir, 'bench.json'))}`);
} finally {
  await appServer.stop();
  await helloServer.stop();
}
