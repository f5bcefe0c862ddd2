// One small adapter over the three browser engines the app is tested in, so one scenario runs in all of them:
// - Chromium: Debian's /usr/bin/chromium through playwright-core (as tests/browser/ does);
// - Firefox ESR: /usr/bin/firefox-esr through puppeteer-core over WebDriver BiDi (headful: headless Firefox gets no
//   WebGL2 here, so the suite runs under xvfb-run);
// - WebKitGTK (Safari's engine): /usr/bin/WebKitWebDriver driving WebKitGTK's MiniBrowser through selenium-webdriver
//   (classic WebDriver: WebKitGTK's driver offers no BiDi, so there are no console events; see `consoleErrors`).
// Every engine gets the same small interface: open a page, evaluate, screenshot, mouse click, finger tap, key press,
// go offline (where the engine's automation allows) and the console errors seen. No tool here downloads a browser.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import webdriver from 'selenium-webdriver';
import seleniumInput from 'selenium-webdriver/lib/input.js';
import { CHROMIUM_ARGS, freePort, watchConsole } from '../browser/harness.js';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

// Selenium Manager never downloads a driver or browser here: the WebKit driver is started by this file.
process.env.SE_OFFLINE ??= 'true';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

// The engines to run, from UBR_ENGINES ("firefox,webkit"; default: all three).
export function selectedEngines() {
  const wanted = (process.env.UBR_ENGINES || ENGINES.join(',')).split(',').map((e) => e.trim()).filter(Boolean);
  for (const name of wanted) if (!ENGINES.includes(name)) throw new Error(`unknown engine '${name}' in UBR_ENGINES`);
  return wanted;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// What every engine shares: waiting on a page condition (polled from Node, so it works over any protocol and
// survives a navigation in between), animation frames, and the members of a playwright Page that the real-input
// helpers of tests/browser/ use (evaluate, waitForFunction, mouse.click, touchscreen.tap, keyboard.press), so those
// helpers drive every engine unchanged.
class Engine {
  constructor(name) {
    this.name = name;
    this.problems = [];
    this.mouse = { click: (x, y) => this.click(x, y) };
    this.touchscreen = { tap: (x, y) => this.tap(x, y) };
    this.keyboard = { press: (key) => this.press(key) };
  }

  waitForFunction(fn, arg, { timeout } = {}) {
    return this.waitFor(fn, arg, { timeout });
  }

  // Resolves to the first truthy value of `fn(arg)` in the page; throws with `fn`'s source after `timeout` ms.
  async waitFor(fn, arg, { timeout = 30000, interval = 100 } = {}) {
    const end = Date.now() + timeout;
    let lastError;
    for (;;) {
      try {
        const value = await this.evaluate(fn, arg);
        if (value) return value;
      } catch (error) {
        lastError = error;  // the page is between documents (a reload): try again
      }
      if (Date.now() > end) {
        throw new Error(`${this.name}: timed out after ${timeout} ms waiting for ${String(fn).slice(0, 160)}` +
          (lastError ? ` (last error: ${lastError.message})` : ''));
      }
      await sleep(interval);
    }
  }

  // Waits for `frames` animation frames, so the canvas shows the latest state.
  async nextFrames(frames = 3) {
    await this.evaluate((n) => new Promise((resolve) => {
      const step = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
      step(n);
    }), frames);
  }

  // Console errors and uncaught page errors seen so far (after `flushConsole`).
  consoleErrors() {
    return [...this.problems];
  }

  async flushConsole() {}
}

// ---- Chromium (playwright-core) ----------------------------------------------------------------------------------
class ChromiumEngine extends Engine {
  static async launch({ device = 'desktop' } = {}) {
    const engine = new ChromiumEngine('chromium');
    const phone = device === 'phone';
    engine.profile = mkdtempSync(path.join(tmpdir(), 'ubr-xe-chromium-'));
    engine.context = await chromium.launchPersistentContext(engine.profile, {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: phone ? PHONE : DESKTOP,
      hasTouch: phone,
      isMobile: phone,
    });
    engine.version = engine.context.browser()?.version() ?? '';
    engine.page = engine.context.pages()[0] || (await engine.context.newPage());
    engine.problems = watchConsole(engine.page);
    return engine;
  }

  async goto(url) { await this.page.goto(url); }
  async reload() { await this.page.reload(); }
  async evaluate(fn, arg) { return this.page.evaluate(fn, arg); }
  async screenshot() { return this.page.screenshot(); }
  async click(x, y) { await this.page.mouse.click(x, y); }
  async tap(x, y) { await this.page.touchscreen.tap(x, y); }
  async press(key) { await this.page.keyboard.press(key); }
  // The network emulation covers the page and its service worker.
  async setOffline(offline) { await this.context.setOffline(offline); return true; }
  async close() {
    await this.context.close().catch(() => {});
    rmSync(this.profile, { recursive: true, force: true });
  }
}

// ---- Firefox ESR (puppeteer-core over WebDriver BiDi) -----------------------------------------------------------
class FirefoxEngine extends Engine {
  static async launch({ device = 'desktop' } = {}) {
    const engine = new FirefoxEngine('firefox');
    const phone = device === 'phone';
    engine.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: false,  // headless Firefox has no WebGL2 on this machine; xvfb-run provides the display
      extraPrefsFirefox: {
        // This machine has no sound device, and without one an AudioContext never leaves 'suspended': Firefox's own
        // test backend plays into nothing, as a device would.
        'media.cubeb.force_mock_context': true,
        // navigator.storage.persist() asks the person in a doorhanger that automation cannot answer; these answer
        // "Allow" for them, so the app hears back as it does after a person's choice.
        'dom.storageManager.prompt.testing': true,
        'dom.storageManager.prompt.testing.allow': true,
        // A phone has touch events; Firefox on a Linux desktop turns them on only for a touch screen it detects.
        ...(phone ? { 'dom.w3c_touch_events.enabled': 1 } : {}),
      },
    });
    engine.version = await engine.browser.version();
    engine.page = (await engine.browser.pages())[0] || (await engine.browser.newPage());
    // (defaultViewport does not reach the first tab over BiDi; setting it on the page does.)
    await engine.page.setViewport(phone ? { ...PHONE, hasTouch: true } : DESKTOP);
    engine.problems = watchConsole(engine.page);  // puppeteer's page events are named as playwright's
    return engine;
  }

  async goto(url) { await this.page.goto(url); }
  async reload() { await this.page.reload(); }
  async evaluate(fn, arg) { return this.page.evaluate(fn, arg); }
  async screenshot() { return Buffer.from(await this.page.screenshot()); }
  async click(x, y) { await this.page.mouse.click(x, y); }
  async tap(x, y) { await this.page.touchscreen.tap(x, y); }
  // Firefox delivers an automated Enter or Space to a focused button (keydown, keypress and keyup arrive) but does
  // not run the button's activation, a click, as it does for a person's key press (the same on a plain page with one
  // <button>). So when such a key brought no click, the adapter clicks the focused button, as the key would have.
  async press(key) {
    const activates = key === 'Enter' || key === ' ';
    if (activates) {
      await this.page.evaluate(() => {
        window.__ubrKeyClick = false;
        document.addEventListener('click', () => { window.__ubrKeyClick = true; }, { capture: true, once: true });
      });
    }
    await this.page.keyboard.press(key);
    if (activates) {
      const clicked = await this.page.evaluate(() => {
        const focused = document.activeElement;
        if (window.__ubrKeyClick || !(focused instanceof HTMLButtonElement)) return false;
        focused.click();
        return true;
      });
      if (clicked) this.keyClicks = (this.keyClicks ?? 0) + 1;
    }
  }
  async setOffline(offline) { await this.page.setOfflineMode(offline); return true; }
  async close() { await this.browser.close().catch(() => {}); }
}

// ---- WebKitGTK (WebKitWebDriver + MiniBrowser, selenium-webdriver) ----------------------------------------------
const WEBDRIVER_KEYS = { Tab: webdriver.Key.TAB, Enter: webdriver.Key.ENTER, Escape: webdriver.Key.ESCAPE,
  ' ': webdriver.Key.SPACE, Space: webdriver.Key.SPACE, ArrowRight: webdriver.Key.ARROW_RIGHT,
  ArrowLeft: webdriver.Key.ARROW_LEFT };

// Classic WebDriver has no console events and no script that runs before the page's own, so this one is installed
// into each document as soon as WebDriver can reach it (after the load event): it records console.error calls,
// uncaught errors and unhandled rejections from then on. What happens before (the app's start-up) shows as the app
// failing to start or showing its error message, which every scenario checks.
function installConsoleHook() {
  if (window.__ubrConsole) return;
  const seen = [];
  window.__ubrConsole = seen;
  const original = console.error.bind(console);
  console.error = (...args) => { seen.push(`console: ${args.map(String).join(' ')}`); original(...args); };
  window.addEventListener('error', (e) => seen.push(`page error: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => seen.push(`page error: unhandled rejection ${e.reason}`));
}

class WebKitEngine extends Engine {
  static async launch({ device = 'desktop', userAgent } = {}) {
    const args = ['--automation'];
    if (userAgent) args.push(`--user-agent=${userAgent}`);
    const capabilities = { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args } };
    // Once in a few dozen starts on this loaded machine the driver never answered the new session: a second driver
    // is started then.
    let engine;
    for (let start = 0; !engine; start++) {
      engine = await WebKitEngine.start(capabilities).catch((error) => { if (start > 0) throw error; });
    }
    engine.version = (await engine.driver.getCapabilities()).get('browserVersion');
    await engine.driver.manage().setTimeouts({ script: 60000, pageLoad: 60000 });
    await engine.setViewport(device === 'phone' ? PHONE : DESKTOP);
    return engine;
  }

  static async start(capabilities) {
    const engine = new WebKitEngine('webkit');
    engine.port = await freePort();
    engine.driverProcess = spawn(WEBKIT_DRIVER, [`--port=${engine.port}`], { stdio: 'ignore' });
    const deadline = Date.now() + 45000;
    try {
      for (;;) {
        try {
          const session = new webdriver.Builder().usingServer(`http://127.0.0.1:${engine.port}`)
            .withCapabilities(capabilities).build();
          engine.driver = await Promise.race([session, new Promise((resolve, reject) => {
            setTimeout(() => reject(new Error('WebKitWebDriver did not start a session within 45 s')),
              deadline - Date.now()).unref();
          })]);
          return engine;
        } catch (error) {
          if (Date.now() > deadline || !/ECONNREFUSED/.test(error.message)) throw error;
          await sleep(100);  // the driver is still starting
        }
      }
    } catch (error) {
      engine.driverProcess.kill();
      throw error;
    }
  }

  // MiniBrowser's window has a toolbar: size the window so that the page's viewport is `size`. (The window cannot be
  // narrower than its toolbar, so a phone's 390 px come out as about 450 here.)
  async setViewport(size) {
    const window = this.driver.manage().window();
    let rect = { width: size.width, height: size.height };
    for (let i = 0; i < 3; i++) {
      await window.setRect(rect);
      const inner = await this.driver.executeScript('return [innerWidth, innerHeight]');
      if (inner[0] === size.width && inner[1] === size.height) return;
      rect = { width: rect.width + size.width - inner[0], height: rect.height + size.height - inner[1] };
    }
  }

  async collect() {
    try {
      const seen = await this.driver.executeScript('return window.__ubrConsole ? window.__ubrConsole.splice(0) : [];');
      this.problems.push(...(seen || []));
    } catch {
      // between documents
    }
  }

  async hook() { await this.driver.executeScript(installConsoleHook); }
  async goto(url) { await this.collect(); await this.driver.get(url); await this.hook(); }
  async reload() { await this.collect(); await this.driver.navigate().refresh(); await this.hook(); }

  async evaluate(fn, arg) {
    const result = await this.driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => (${fn})(arguments[0])).then(
         (value) => done({ value: value === undefined ? null : value }),
         (error) => done({ error: String((error && error.stack) || error) }));`, arg === undefined ? null : arg);
    if (result && 'error' in result) throw new Error(`in the page: ${result.error}`);
    return result ? result.value : result;
  }

  async screenshot() { return Buffer.from(await this.driver.takeScreenshot(), 'base64'); }

  async click(x, y) {
    await this.driver.actions({ async: true }).move({ x: Math.round(x), y: Math.round(y), origin: 'viewport' })
      .press().release().perform();
  }

  async tap(x, y) {
    const actions = this.driver.actions({ async: true });
    const finger = new seleniumInput.Pointer('finger', seleniumInput.Pointer.Type.TOUCH);
    await actions.insert(finger, finger.move({ x: Math.round(x), y: Math.round(y), origin: 'viewport' }),
      finger.press(), finger.release()).perform();
  }

  async press(key) {
    const k = WEBDRIVER_KEYS[key] ?? key;
    await this.driver.actions({ async: true }).keyDown(k).keyUp(k).perform();
  }

  // WebDriver classic has no network emulation: the scenario stops the server instead.
  async setOffline() { return false; }

  async flushConsole() { await this.collect(); }

  async close() {
    await this.driver?.quit().catch(() => {});
    this.driverProcess.kill();
  }
}

const LAUNCHERS = { chromium: ChromiumEngine, firefox: FirefoxEngine, webkit: WebKitEngine };

// Starts `name` with a fresh profile (nothing stored, no service worker). options: {device: 'desktop'|'phone',
// userAgent (WebKit only)}.
export async function launchEngine(name, options = {}) {
  return LAUNCHERS[name].launch(options);
}
