// Writes the home screen's exercise cards into the site's index.html as plain HTML, from the catalogue the wasm
// embeds (assets/exercises.json), so the page shows the app's home at once: before the wasm has downloaded and
// started, and for good in a browser without JavaScript or WebAssembly. The canvas covers it from its first frame
// (web/main.js hides it then). Run by scripts/build-pwa.mjs before it versions the page's URLs:
//   import { prerenderHome } from './prerender-home.mjs'; prerenderHome(siteDir);
// The cards go between the markers below in index.html; running it again replaces them, so it is idempotent.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CATALOGUE_PATH = path.join(ROOT, 'assets/exercises.json');
const START = '<!-- prerendered-exercises -->';
const END = '<!-- /prerendered-exercises -->';

const escapeHtml = (text) => String(text).replace(/[&<>"']/g,
  (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

// The dosage chip's words, as the home screen's describe_dosage (src/core/exercises/catalogue.cpp) writes them;
// tests/browser/home_preview.test.js compares each chip with the one the running app reports in state().
export function describeDosage({ reps, sets, holdSeconds, perSide }) {
  let text = holdSeconds > 0 ? `Hold ${holdSeconds} s \u00d7 ${reps}` : `${reps} reps`;
  if (sets > 1) text = `${sets} sets \u00d7 ${text}`;
  if (perSide) text += ' per arm';
  return text;
}

export function readCatalogue(file = CATALOGUE_PATH) {
  const catalogue = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(catalogue.exercises) || catalogue.exercises.length === 0) {
    throw new Error(`${file} has no exercises`);
  }
  return catalogue;
}

// One card per exercise, in the catalogue's order: name, position, summary and dosage, as the canvas draws them.
// The square on the right keeps the place of the key pose the canvas draws there.
export function exerciseCards(catalogue) {
  const cards = catalogue.exercises.map((e) => [
    '<li class="preview-card">',
    `<h2>${escapeHtml(e.name)}</h2>`,
    `<p class="preview-position">${escapeHtml(e.position)}</p>`,
    `<p class="preview-summary">${escapeHtml(e.summary)}</p>`,
    `<p class="preview-chip">${escapeHtml(describeDosage(e.dosage))}</p>`,
    '<span class="preview-pose" aria-hidden="true"></span>',
    '</li>'].join(''));
  return `<ul class="preview-cards" aria-label="Exercises">\n${cards.join('\n')}\n</ul>`;
}

export function prerenderHome(siteDir, catalogue = readCatalogue()) {
  const indexPath = path.join(siteDir, 'index.html');
  const html = readFileSync(indexPath, 'utf8');
  const start = html.indexOf(START);
  const end = html.indexOf(END);
  if (start < 0 || end < start) throw new Error(`index.html has no ${START} … ${END} markers for the exercise cards`);
  const next = `${html.slice(0, start + START.length)}\n${exerciseCards(catalogue)}\n${html.slice(end)}`;
  if (next !== html) writeFileSync(indexPath, next);
  return catalogue.exercises.length;
}
