// The one enforced size budget: everything a first visit downloads (page, scripts, wasm, styles, icons and what
// the service worker precaches) stays within 350 KB gzip. Sizes are deterministic, so this is a test; timings are
// only reported, by scripts/bench.sh.
// The figures come from the server's own log, so the service worker's fetches count too, and a file downloaded
// twice counts twice.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { downloadsFrom, openApp, servedAppInBrowser } from './harness.js';

const BUDGET_GZIP_BYTES = 350 * 1024;

const shared = servedAppInBrowser();

test('a first visit downloads at most 350 KB gzip in total, each file once', async () => {
  const page = await shared.browser.newPage();
  shared.server.clearRequests();
  await openApp(page, shared.server.url);
  // Wait for the service worker to finish precaching, since those downloads are part of a first visit.
  const activated = await page.evaluate(async () => {
    const registration = await Promise.race([
      navigator.serviceWorker.ready, new Promise((resolve) => setTimeout(resolve, 20000))]);
    return Boolean(registration && registration.active);
  });
  assert.ok(activated, 'the service worker did not activate within 20 s');
  await page.waitForTimeout(1000);  // the server's log arrives through a pipe

  const perFile = downloadsFrom(shared.server);
  const total = [...perFile.values()].reduce((sum, f) => sum + f.gzip, 0);
  const listing = [...perFile.entries()].sort((a, b) => b[1].gzip - a[1].gzip)
    .map(([name, f]) => `${name} ${(f.gzip / 1024).toFixed(1)} KB${f.count > 1 ? ` (${f.count} downloads)` : ''}`);
  console.log(`first visit: ${(total / 1024).toFixed(1)} KB gzip\n  ${listing.join('\n  ')}`);

  assert.ok(perFile.has('/app.wasm') && perFile.has('/app.js'), 'the visit did not load the app');
  const twice = [...perFile.entries()].filter(([, f]) => f.count > 1).map(([name]) => name);
  assert.deepEqual(twice, [], 'files downloaded more than once on a first visit');
  assert.ok(total <= BUDGET_GZIP_BYTES, `first visit is ${(total / 1024).toFixed(1)} KB gzip, over the 350 KB budget`);
  await page.close();
});
