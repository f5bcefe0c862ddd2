// Shared set-up for the browser tests: serves the release build and drives Debian's Chromium with playwright-core.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before } from 'node:test';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { gzipSync } from 'node:zlib';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SITE_DIR = process.env.UBR_SITE_DIR || path.join(ROOT, 'build/web/site');
export const RESULTS_DIR = path.join(ROOT, 'test-results');

// Flags checked on this machine (shared/TOOLCHAIN.md): SwiftShader WebGL2, no background network traffic.
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// Starts scripts/serve.py on a free port; resolves to { url, port, requests(), clearRequests(), stop() }.
// `requests()` lists what the server answered since the last clearRequests(), the service worker's own fetches
// included: [{ method, path, status }], path with its query string.
export async function startServer(siteDir = SITE_DIR) {
  const port = await freePort();
  const child = spawn('python3', [path.join(ROOT, 'scripts/serve.py'), '--port', String(port), '--dir', siteDir],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = [];
  child.stderr.on('data', (chunk) => {
    for (const match of String(chunk).matchAll(/"(GET|HEAD) (\S+) HTTP\/[\d.]+" (\d{3})/g)) {
      log.push({ method: match[1], path: match[2], status: Number(match[3]) });
    }
  });
  await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`serve.py exited with ${code}`)));
    child.stdout.on('data', (chunk) => { if (String(chunk).includes('Serving')) resolve(); });
  });
  return {
    url: `http://localhost:${port}/`,
    port,
    requests: () => [...log],
    clearRequests: () => { log = []; },
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) { resolve(); return; }  // already stopped
      child.once('exit', resolve);
      child.kill();
    }),
  };
}

// What `server` sent since its last clearRequests(), per file path: { count, raw, gzip }, the bytes of every answer
// with a body (a 200) added up, so a file sent twice counts twice; a 304 carries no body and counts nothing. Gzip
// sizes are of the file compressed at level 9, as a server with precompressed files would send it.
export function downloadsFrom(server, siteDir = SITE_DIR) {
  const files = new Map();
  for (const request of server.requests()) {
    if (request.status !== 200 || request.method !== 'GET') continue;
    const name = decodeURIComponent(request.path.replace(/[?#].*$/, ''));
    const bytes = readFileSync(path.join(siteDir, name.endsWith('/') ? `${name}index.html` : name));
    const entry = files.get(name) || { count: 0, raw: 0, gzip: 0 };
    files.set(name, { count: entry.count + 1, raw: entry.raw + bytes.length,
      gzip: entry.gzip + gzipSync(bytes, { level: 9 }).length });
  }
  return files;
}

export async function launchBrowser() {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'ubr-chromium-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
}

// Collects console errors and page errors so a test can assert there were none.
export function watchConsole(page) {
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

// Opens the app and waits for its first frame.
export async function openApp(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.app && window.app.started, null, { timeout: 30000 });
}

// Waits for `frames` more animation frames, so the canvas shows the latest state.
export async function nextFrames(page, frames = 3) {
  await page.evaluate((n) => new Promise((resolve) => {
    const step = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  }), frames);
}

export function decodePng(buffer) {
  return PNG.sync.read(buffer);
}

// Standard deviation of the luminance of an image: near 0 for a blank canvas.
export function luminanceDeviation(png) {
  let sum = 0;
  let sumSquares = 0;
  const count = png.width * png.height;
  for (let i = 0; i < png.data.length; i += 4) {
    const y = 0.2126 * png.data[i] + 0.7152 * png.data[i + 1] + 0.0722 * png.data[i + 2];
    sum += y;
    sumSquares += y * y;
  }
  const mean = sum / count;
  return Math.sqrt(Math.max(0, sumSquares / count - mean * mean));
}

// Fraction of pixels that differ between two same-sized images.
export function changedFraction(a, b) {
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) +
        Math.abs(a.data[i + 2] - b.data[i + 2]) > 24) changed++;
  }
  return changed / (a.width * a.height);
}

export function saveResult(name, buffer) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(path.join(RESULTS_DIR, name), buffer);
}

// A valid stored progress document (schema 2, as under localStorage "ubr.progress") holding sessions with the given
// ids, one a day back from yesterday.
export function progressDocument(ids) {
  const day = 86400000;
  const sessions = ids.map((id, i) => {
    const start = Date.now() - (i + 1) * day;
    return { id, start, end: start + 600000, date: new Date(start).toISOString().slice(0, 10), tz: 0, done: true,
      ex: [['arm-slides', 10, 10, 1, 1, 40]] };
  });
  return { schema: 2, app: '0.1.0', epoch: 0, goal: { perWeek: 3, rev: 0 }, sessions };
}

// One server and one browser for a whole test file, started before its first test and stopped after its last.
// Returns an object whose `server` and `browser` are set once `before` has run.
export function servedAppInBrowser() {
  const shared = { server: undefined, browser: undefined };
  before(async () => {
    shared.server = await startServer();
    shared.browser = await launchBrowser();
  });
  // A test that failed half-way leaves its pages open; they must not reach the next test (their storage events,
  // their timers), so every page is closed after each test.
  afterEach(async () => {
    for (const open of shared.browser?.pages() ?? []) await open.close().catch(() => {});
  });
  after(async () => {
    try {
      await shared.browser?.close();
    } finally {
      await shared.server?.stop();
    }
  });
  return shared;
}

// Runs `body(defer)`; whatever the body registers with `defer(close)` (a browser, a server, a folder) is closed in a
// `finally`, newest first, whether the body passed or failed, and each even if an earlier one throws (the body's
// own failure is the one reported).
export async function withCleanup(body) {
  const closers = [];
  try {
    return await body((close) => { closers.push(close); });
  } finally {
    for (const close of closers.reverse()) {
      try {
        await close();
      } catch (error) {
        console.error(`cleanup failed: ${error?.message ?? error}`);
      }
    }
  }
}

// A browser from `launch()` (default: a fresh profile) for the length of `body(browser)`, closed in a `finally`.
export function withBrowser(body, launch = launchBrowser) {
  return withCleanup(async (defer) => {
    const browser = await launch();
    defer(() => browser.close());
    return body(browser);
  });
}
