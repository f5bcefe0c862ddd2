// Renders every phase of every exercise from its default camera in headless Chromium, for review, and composes
// them into docs/screenshots/contact-sheet.png (one row per exercise, each picture labelled with its phase); then
// each exercise's mistake beside the right way, at the middle of its first working phase, into
// docs/screenshots/mistakes.png.
//
//   UBR_SITE_DIR=build/web/site node scripts/render_key_poses.mjs [outDir]
//
// Each phase is sampled at its middle (plus the other arm's hold for a per-side exercise), so the picture shows what
// its label says: a phase's first instant still shows the pose of the phase before. Each is shown paused via the
// automation interface (window.app.dispatch), exactly as the scrub bar would show it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, nextFrames, openApp, ROOT, startServer } from '../tests/browser/harness.js';

const outDir = path.resolve(process.argv[2] || path.join(ROOT, 'build/key-poses'));
const sheet = path.join(ROOT, 'docs/screenshots/contact-sheet.png');
const mistakesSheet = path.join(ROOT, 'docs/screenshots/mistakes.png');
// Where the figure is drawn on a 480 px wide page (the narrow layout: the figure full width under the title).
const FIGURE = { x: 20, y: 110, width: 440, height: 420 };

// Times from the motion files themselves, so the review follows the data that ships: the middle of every phase, then
// the middle of the other arm's hold if per side.
function keyPoses(id) {
  const clip = JSON.parse(readFileSync(path.join(ROOT, 'assets/motion', `${id}.json`), 'utf8'));
  const middle = (index) => {
    const start = clip.phases[index].start;
    let end = index + 1 < clip.phases.length ? clip.phases[index + 1].start : clip.duration;
    // A phase of several movement cycles (the shoulder roll's circles) is shown half-way through its first cycle:
    // its middle would fall where one circle ends and the next begins, at the starting pose.
    const nextCycle = (clip.cycles || []).find((time) => time > start + 1e-9);
    if (nextCycle !== undefined && nextCycle < end - 1e-9) end = nextCycle;
    return (start + end) / 2;
  };
  const poses = clip.phases.map((phase, index) => ({ time: middle(index) }));
  if (clip.perSide) {
    const hold = clip.phases.findIndex((p) => p.hold);
    if (hold >= 0) poses.push({ time: clip.duration + middle(hold) });
  }
  return poses.slice(0, 6);
}

async function main() {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    // A phone-sized page puts the figure full width at the top of the exercise screen.
    await page.setViewportSize({ width: 480, height: 900 });
    await openApp(page, server.url);
    const { exercises } = await page.evaluate(() => window.app.state());
    const labels = new Map();  // picture -> its phase
    for (const [row, exercise] of exercises.entries()) {
      await page.evaluate((id) => {
        for (const action of [{ type: 'openExercise', id }, { type: 'setDemoPaused', paused: true },
          { type: 'setDemoView', view: 'auto' }]) {
          const result = window.app.dispatch(action);
          if (!result.ok) throw new Error(result.error);
        }
      }, exercise.id);
      for (const [index, pose] of keyPoses(exercise.id).entries()) {
        const phase = await page.evaluate((time) => {
          const result = window.app.dispatch({ type: 'scrubDemo', time });
          if (!result.ok) throw new Error(result.error);
          const demo = window.app.state().demo;
          return demo.side ? `${demo.phase} (${demo.side})` : demo.phase;
        }, pose.time);
        await nextFrames(page, 4);
        const clip = { x: FIGURE.x, y: FIGURE.y, width: FIGURE.width, height: FIGURE.height };
        const file = path.join(outDir, `${String(row + 1).padStart(2, '0')}-${exercise.id}-${index + 1}.png`);
        await page.screenshot({ path: file, clip });
        labels.set(file, phase);
        console.log(`${path.relative(ROOT, file)}  ${phase}`);
      }
    }
    // One row per exercise: its name, then its key poses.
    const rows = [];
    for (const [row, exercise] of exercises.entries()) {
      const files = readdirSync(outDir).filter((f) => f.startsWith(`${String(row + 1).padStart(2, '0')}-`)).sort()
        .map((f) => path.join(outDir, f));
      const rowFile = path.join(outDir, `row-${String(row + 1).padStart(2, '0')}.png`);
      const labelledFiles = files.flatMap((file) => ['-label', labels.get(file) || '', file]);
      execFileSync('montage', [...labelledFiles, '-tile', '6x1', '-geometry', '150x150+2+2', '-background', 'white',
        '-font', 'DejaVu-Sans', '-pointsize', '12', rowFile]);
      const labelled = path.join(outDir, `labelled-${String(row + 1).padStart(2, '0')}.png`);
      execFileSync('convert', [rowFile, '-gravity', 'west', '-background', 'white', '-splice', '170x0',
        '-font', 'DejaVu-Sans', '-pointsize', '15', '-annotate', '+8+0', exercise.name, labelled]);
      rows.push(labelled);
    }
    mkdirSync(path.dirname(sheet), { recursive: true });
    execFileSync('convert', [...rows, '-background', 'white', '-append', '-colors', '48', '-strip', sheet]);
    console.log(`contact sheet: ${path.relative(ROOT, sheet)}`);

    // The mistakes: where the movement is made (the first working phase's end, the middle of a hold), or for a
    // mistake shown in a later phase, that phase's middle.
    const MISTAKE_PHASE = { 'upper-back-stretch': 'arch backward' };
    const mistakes = [];
    for (const [row, exercise] of exercises.entries()) {
      const clip = JSON.parse(readFileSync(path.join(ROOT, 'assets/motion', `${exercise.id}.json`), 'utf8'));
      const hold = clip.phases.findIndex((p) => p.hold);
      const named = clip.phases.findIndex((p) => p.name === MISTAKE_PHASE[exercise.id]);
      const time = named >= 0 ? keyPoses(exercise.id)[named].time
        : hold >= 0 ? keyPoses(exercise.id)[hold].time
          : (clip.phases[1] ? clip.phases[1].start : clip.duration / 2) - 0.05;
      await page.evaluate(([id, at]) => {
        for (const action of [{ type: 'openExercise', id }, { type: 'setDemoPaused', paused: true },
          { type: 'showMistake', on: true }, { type: 'scrubDemo', time: at }]) {
          const result = window.app.dispatch(action);
          if (!result.ok) throw new Error(result.error);
        }
      }, [exercise.id, time]);
      await nextFrames(page, 4);
      const file = path.join(outDir, `mistake-${String(row + 1).padStart(2, '0')}.png`);
      await page.screenshot({ path: file, clip: FIGURE });
      mistakes.push('-label', exercise.name, file);
    }
    const montage = path.join(outDir, 'mistakes-montage.png');
    execFileSync('montage', [...mistakes, '-tile', '4x2', '-geometry', '300x286+4+4', '-background', 'white',
      '-font', 'DejaVu-Sans', '-pointsize', '14', montage]);
    execFileSync('convert', [montage, '-colors', '48', '-strip', mistakesSheet]);
    console.log(`mistakes: ${path.relative(ROOT, mistakesSheet)}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
