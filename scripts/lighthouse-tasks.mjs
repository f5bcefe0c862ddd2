// Where a Lighthouse run's main-thread time goes: one cold run (performance only) with its trace saved, then every
// main-thread task over 12 ms (what the mobile preset's 4x CPU makes a long task) with the trace events inside it.
// The scores come from scripts/lighthouse.mjs; this answers what a long task was (a start-up step, a frame, the
// browser's "Commit" of a canvas frame).
// Usage: node scripts/lighthouse-tasks.mjs SITE_DIR [mobile|desktop] [QUERY]   (ALL=1: every event name, not the main ones;
//        FLAGS="..." replaces the Chromium flags of tests/browser/harness.js, to compare)
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, ROOT, startServer } from '../tests/browser/harness.js';
const site = process.argv[2]; const preset = process.argv[3] || 'mobile'; const query = process.argv[4] ? `?${process.argv[4]}` : '';
const server = await startServer(site);
const out = mkdtempSync(path.join(tmpdir(), 'lht-'));
const profile = mkdtempSync(path.join(tmpdir(), 'lhp-'));
const a = [path.join(ROOT, 'node_modules/lighthouse/cli/index.js'), server.url + query, '--only-categories=performance', '--output=json', `--output-path=${out}/r.json`, '--save-assets', `--chrome-flags=--headless=new ${(process.env.FLAGS ? process.env.FLAGS.split(' ') : CHROMIUM_ARGS).join(' ')} --user-data-dir=${profile}`, '--quiet'];
if (preset === 'desktop') a.push('--preset=desktop');
spawnSync(process.execPath, a, { stdio: 'inherit', env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } });
const r = JSON.parse(readFileSync(`${out}/r.json`, 'utf8'));
console.log('perf', r.categories.performance.score, 'TBT', r.audits['total-blocking-time'].numericValue, 'TTI', r.audits.interactive.numericValue);
const traceFile = readdirSync(out).find((f) => f.endsWith('trace.json'));
const trace = JSON.parse(readFileSync(path.join(out, traceFile), 'utf8'));
const ev = trace.traceEvents || trace;
// The page's main thread: the renderer main thread with the most events.
const threads = ev.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
const counts = {}; for (const e of ev) { const k = `${e.pid}:${e.tid}`; if (threads.includes(k)) counts[k] = (counts[k] || 0) + 1; }
const mt = Object.entries(counts).sort((x, y) => y[1] - x[1])[0][0];
const mine = ev.filter((e) => `${e.pid}:${e.tid}` === mt && e.ph === 'X' && e.dur);
const tasks = mine.filter((e) => e.name === 'RunTask' && e.dur > 12000).sort((x, y) => x.ts - y.ts);
const t0 = tasks.length ? tasks[0].ts : 0;
for (const t of tasks) {
  const kids = mine.filter((e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e !== t);
  // Time inside the task by event name (and script URL / function where the trace names one).
  const agg = {};
  for (const k of kids) {
    if (process.env.ALL !== "1" && !["FunctionCall","EvaluateScript","ParseHTML","Layout","UpdateLayoutTree","Paint","TimerFire","FireAnimationFrame"].includes(k.name) && !k.name.toLowerCase().includes("wasm")) continue;
    const key = k.name + (k.args?.data?.url ? ' ' + k.args.data.url.split('/').pop().split('?')[0] : '') + (k.args?.data?.functionName ? ' ' + k.args.data.functionName : '');
    agg[key] = (agg[key] || 0) + k.dur / 1000;
  }
  console.log(`task @${((t.ts - t0) / 1000).toFixed(0)} ${(t.dur / 1000).toFixed(1)} ms: ` + Object.entries(agg).sort((x, y) => y[1] - x[1]).slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(' | '));
}
process.exit(0);
