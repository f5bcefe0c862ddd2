// Drives the app the way a person does: a mouse click or a finger tap at a control's drawn rectangle on the canvas,
// or the keyboard through the DOM mirror (Tab to the control's twin, then Enter). Each test names a control by the
// label the mirror publishes for it, so a control that is drawn but not published fails here too.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, nextFrames, openApp } from './harness.js';

export const PHONE = { width: 390, height: 844 };

// The three ways a person reaches a control.
export const INPUTS = ['mouse', 'touch', 'keyboard'];

// A browser context for one input: touch gets a phone with a touchscreen, as a person holding one has.
export async function launchForInput(input, { colorScheme = 'light' } = {}) {
  const touch = input === 'touch';
  const userDataDir = mkdtempSync(path.join(tmpdir(), `ubr-${input}-`));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: touch ? PHONE : { width: 1280, height: 800 },
    hasTouch: touch,
    isMobile: touch,
    colorScheme,
  });
}

// Opens the app on a fresh profile (nothing stored) and waits for the home screen's mirror.
export async function openFresh(context, url) {
  const page = context.pages()[0] || (await context.newPage());
  await openApp(page, url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await openApp(page, url);
  await waitForScreen(page, 'home');
  return page;
}

export async function waitForScreen(page, screen, timeout = 15000) {
  try {
    await page.waitForFunction((s) => window.app.a11y && window.app.a11y.items().screen === s &&
      window.app.a11y.items().items.length > 0, screen, { timeout });
  } catch {
    const seen = await page.evaluate(() => ({ mirror: window.app.a11y?.items().screen, screen: window.app.state().screen,
      labels: window.app.a11y?.items().items.map((i) => i.label) }));
    throw new Error(`the screen never became '${screen}': ${JSON.stringify(seen).slice(0, 600)}`);
  }
}

export async function publishedItems(page) {
  return page.evaluate(() => window.app.a11y.items().items);
}

// The published control whose label matches `pattern` (a RegExp source), on the screen now shown.
export async function findControl(page, pattern, role) {
  const list = await publishedItems(page);
  const found = list.find((item) => new RegExp(pattern).test(item.label) && item.role !== 'text' &&
    (!role || item.role === role));
  assert.ok(found, `no published control matching /${pattern}/: ${list.map((i) => i.label).join(' | ')}`);
  return found;
}

// The centre of a control's drawn rectangle in page coordinates (the mirror's rectangles are canvas CSS px).
async function centreOf(page, item) {
  assert.ok(item.visible, `'${item.label}' is not on screen`);
  const canvas = await page.evaluate(() => {
    const r = document.getElementById('canvas').getBoundingClientRect();
    return { x: r.left, y: r.top };
  });
  const [x, y, w, h] = item.rect;
  return { x: canvas.x + x + w / 2, y: canvas.y + y + h / 2 };
}

// Presses Tab until the focused element's accessible name matches `pattern`.
export async function tabTo(page, pattern, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? (el.getAttribute('aria-label') || el.textContent || '') : '';
    });
    if (new RegExp(pattern).test(text)) return text;
  }
  throw new Error(`Tab never reached an element matching /${pattern}/`);
}

// Uses the control labelled `pattern` with `input`, then lets the app draw what follows.
export async function use(page, input, pattern, role) {
  const item = await findControl(page, pattern, role);
  if (input === 'keyboard') {
    await tabTo(page, pattern);
    await page.keyboard.press('Enter');
  } else {
    const { x, y } = await centreOf(page, item);
    if (input === 'touch') await page.touchscreen.tap(x, y);
    else await page.mouse.click(x, y);
  }
  await nextFrames(page, 4);
}
