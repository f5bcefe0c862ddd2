// Lighthouse (npm lighthouse@12.2.3) audits of the release build in Debian's headless Chromium: every category
// (performance, accessibility, best practices, SEO) under the mobile preset (Lighthouse's default: simulated slow
// 4G and a 4x slower CPU) and the desktop preset, several cold runs each, reported as a table of medians.
// Usage: node scripts/lighthouse.mjs [--site DIR] [--runs 3] [--preset mobile|desktop] [--json FILE] [--min 95]
//   --min   exits non-zero when the median accessibility score of a preset is below it (default 95); the other
//           figures are reported, never judged, since timings on a shared machine vary from run to run.
//   --json  also writes the medians and every run's figures to FILE (scripts/bench.sh uses it).
// Each run's full report goes to test-results/lighthouse/<preset>-<n>.json.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, RESULTS_DIR, ROOT, SITE_DIR, startServer } from '../tests/browser/harness.js';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const siteDir = path.resolve(option('--site', SITE_DIR));
const runs = Number(option('--runs', '3'));
const minimum = Number(option('--min', '95'));
const presets = option('--preset', null) ? [option('--preset')] : ['mobile', 'desktop'];
const jsonPath = option('--json', null);

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  fcp: 'first-contentful-paint', lcp: 'largest-contentful-paint', tbt: 'total-blocking-time', si: 'speed-index',
};

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// One cold Lighthouse run (a fresh browser profile, so no HTTP cache and no service worker); returns its figures.
async function runOnce(url, preset, index, reportDir) {
  const profile = mkdtempSync(path.join(tmpdir(), 'ubr-lighthouse-'));
  const report = path.join(reportDir, `${preset}-${index + 1}.json`);
  const chromeFlags = ['--headless=new', ...CHROMIUM_ARGS, `--user-data-dir=${profile}`].join(' ');
  const cliArgs = [path.join(ROOT, 'node_modules/lighthouse/cli/index.js'), url,
    `--only-categories=${CATEGORIES.join(',')}`, '--output=json', `--output-path=${report}`,
    `--chrome-flags=${chromeFlags}`, '--quiet'];
  if (preset === 'desktop') cliArgs.push('--preset=desktop');
  try {
    const code = await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, cliArgs,
        { stdio: 'inherit', env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' } });
      child.once('error', reject);
      child.once('exit', resolve);
    });
    if (code !== 0) throw new Error(`lighthouse (${preset}, run ${index + 1}) exited with ${code}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const result = JSON.parse(readFileSync(report, 'utf8'));
  const figures = { version: result.lighthouseVersion };
  for (const category of CATEGORIES) {
    const score = result.categories[category]?.score;
    figures[category] = typeof score === 'number' ? Math.round(score * 100) : NaN;
  }
  for (const [key, audit] of Object.entries(METRICS)) figures[key] = result.audits[audit]?.numericValue ?? NaN;
  // What a reader looks at first when a figure is off: the failed audits of the scored categories other than
  // performance (whose audits are opportunities, not failures), and the longest main-thread tasks.
  figures.failed = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) => result.categories[c].auditRefs
    .filter((ref) => ref.weight > 0 && result.audits[ref.id].score !== null && result.audits[ref.id].score < 1)
    .map((ref) => `${c}: ${ref.id}`));
  figures.longTasks = (result.audits['long-tasks']?.details?.items ?? [])
    .map((task) => ({ url: task.url, startTime: Math.round(task.startTime), duration: Math.round(task.duration) }));
  return figures;
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const millis = (ms) => `${Math.round(ms)} ms`;

mkdirSync(RESULTS_DIR, { recursive: true });
const reportDir = path.join(RESULTS_DIR, 'lighthouse');
mkdirSync(reportDir, { recursive: true });
const server = await startServer(siteDir);
const summary = { runs, presets: {} };
try {
  for (const preset of presets) {
    const all = [];
    for (let i = 0; i < runs; i++) {
      const figures = await runOnce(server.url, preset, i, reportDir);
      console.log(`${preset} run ${i + 1}: performance ${figures.performance}, FCP ${seconds(figures.fcp)}, ` +
        `LCP ${seconds(figures.lcp)}, TBT ${millis(figures.tbt)}, SI ${seconds(figures.si)}, ` +
        `a11y ${figures.accessibility}, best practices ${figures['best-practices']}, SEO ${figures.seo}`);
      all.push(figures);
    }
    const medians = {};
    for (const key of [...CATEGORIES, ...Object.keys(METRICS)]) medians[key] = median(all.map((f) => f[key]));
    summary.version = all[0]?.version;
    summary.presets[preset] = { medians, runs: all };
  }
} finally {
  await server.stop();
}

console.log(`\nLighthouse ${summary.version}, headless Chromium, ${siteDir} served by scripts/serve.py; ` +
  `medians of ${runs} cold run${runs === 1 ? '' : 's'}\n`);
console.log('| preset | performance | FCP | LCP | TBT | Speed Index | a11y | best practices | SEO |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const [preset, { medians: m }] of Object.entries(summary.presets)) {
  console.log(`| ${preset} | ${m.performance} | ${seconds(m.fcp)} | ${seconds(m.lcp)} | ${millis(m.tbt)} | ` +
    `${seconds(m.si)} | ${m.accessibility} | ${m['best-practices']} | ${m.seo} |`);
}
for (const [preset, { runs: all }] of Object.entries(summary.presets)) {
  const failed = [...new Set(all.flatMap((f) => f.failed))];
  if (failed.length > 0) console.log(`${preset}: failed audits: ${failed.join(', ')}`);
  const longest = all.flatMap((f) => f.longTasks).sort((a, b) => b.duration - a.duration)[0];
  if (longest) console.log(`${preset}: longest main-thread task ${longest.duration} ms (${longest.url})`);
}
if (jsonPath) {
  mkdirSync(path.dirname(path.resolve(jsonPath)), { recursive: true });
  writeFileSync(jsonPath, JSON.stringify(summary, null, 2));
}
const low = Object.entries(summary.presets).filter(([, { medians: m }]) => !(m.accessibility >= minimum));
for (const [preset, { medians: m }] of low) {
  console.log(`${preset}: accessibility ${m.accessibility} is below the minimum ${minimum}`);
}
process.exitCode = low.length === 0 ? 0 : 1;
