#!/usr/bin/env node
'use strict';

/**
 * The before/after tables of docs/usability-runs.md, from two reports of bench/usability.js:
 *   node bench/usability-compare.js [before.json] [after.json]
 * (default: bench/results/usability-before-latest.json and usability-after-latest.json). Each cell reads
 * "before → after"; a step one flow does not have shows "–" on that side.
 */
const fs = require('node:fs');
const path = require('node:path');

const read = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const results = path.resolve(__dirname, 'results');
const before = read(process.argv[2] ?? path.join(results, 'usability-before-latest.json'));
const after = read(process.argv[3] ?? path.join(results, 'usability-after-latest.json'));
const COLS = ['clicks', 'fields', 'choices', 'navigations', 'backtracks', 'screens'];

const cell = (b, a, col) => `${b ? b[col] : '–'} → ${a ? a[col] : '–'}`;

for (const task of Object.keys(after.tasks)) {
  const b = before.tasks[task];
  const a = after.tasks[task];
  if (!b || !a) continue;
  // Steps in the order the user meets them: the after flow's, with the before flow's extra steps where they fall.
  const names = [];
  for (const s of b.steps) if (!names.includes(s.name)) names.push(s.name);
  for (const [i, s] of a.steps.entries()) if (!names.includes(s.name)) names.splice(Math.min(i, names.length), 0, s.name);
  console.log(`### ${task} (before ${before.commit} → after ${after.commit})\n`);
  console.log(`| Step | ${COLS.join(' | ')} |`);
  console.log(`|---|${COLS.map(() => '---').join('|')}|`);
  for (const name of names) {
    const sb = b.steps.find((s) => s.name === name);
    const sa = a.steps.find((s) => s.name === name);
    console.log(`| ${name} | ${COLS.map((c) => cell(sb, sa, c)).join(' | ')} |`);
  }
  console.log(`| **Total** | ${COLS.map((c) => `**${cell(b.total, a.total, c)}**`).join(' | ')} |`);
  const status = (r) => (r.finished ? 'finished' : `stopped: ${String(r.error).split('\n')[0]}`);
  console.log(`\nBefore: ${status(b)} in ${b.seconds} s (${b.domClicks} trusted clicks seen by the page). After: ${status(a)} in ${a.seconds} s (${a.domClicks}).\n`);
}
