// Lighthouse (npm lighthouse@12.2.3) accessibility audit of the release build in Debian's headless Chromium.
// Usage: node scripts/lighthouse.mjs [--site DIR] [--min 95]; exits non-zero when the score is below --min.
// The report is written to test-results/lighthouse-a11y.json.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, RESULTS_DIR, ROOT, SITE_DIR, startServer } from '../tests/browser/harness.js';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const siteDir = path.resolve(option('--site', SITE_DIR));
const minimum = Number(option('--min', '95'));

mkdirSync(RESULTS_DIR, { recursive: true });
const report = path.join(RESULTS_DIR, 'lighthouse-a11y.json');
const server = await startServer(siteDir);
try {
  const profile = mkdtempSync(path.join(tmpdir(), 'ubr-lighthouse-'));
  const chromeFlags = ['--headless=new', ...CHROMIUM_ARGS, `--user-data-dir=${profile}`].join(' ');
  const code = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/lighthouse/cli/index.js'), server.url,
      '--only-categories=accessibility', '--output=json', `--output-path=${report}`, `--chrome-flags=${chromeFlags}`,
      '--quiet'], { stdio: 'inherit', env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' } });
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`lighthouse exited with ${code}`);
  const result = JSON.parse(readFileSync(report, 'utf8'));
  const score = Math.round(result.categories.accessibility.score * 100);
  const failed = Object.values(result.audits).filter((a) => a.score !== null && a.score < 1 &&
    result.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0));
  console.log(`Lighthouse ${result.lighthouseVersion} accessibility score: ${score} (minimum ${minimum})`);
  for (const audit of failed) console.log(`  failed: ${audit.id}: ${audit.title}`);
  process.exitCode = score >= minimum ? 0 : 1;
} finally {
  await server.stop();
}
