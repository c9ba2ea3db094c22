#!/usr/bin/env node
'use strict';

// Prepares the playground app: secrets in .env, then `strapi build` (server TypeScript and admin panel with the plugin).
const fs = require('node:fs');
const path = require('node:path');
const { root, playgroundDir, ensurePlaygroundEnv, run } = require('./lib');

const strapiBin = path.join(
  path.dirname(require.resolve('@strapi/strapi/package.json', { paths: [playgroundDir] })),
  'bin',
  'strapi.js'
);

// Written by the documentation plugin at each start that enables it (PLAYGROUND_DOCUMENTATION=true): an output,
// not a source, so it does not make the build stale.
const GENERATED = [path.join(playgroundDir, 'src', 'extensions', 'documentation')];

const newestMtime = (dir) => {
  if (!fs.existsSync(dir) || GENERATED.includes(dir)) return 0;
  let newest = fs.statSync(dir).mtimeMs;
  if (!fs.statSync(dir).isDirectory()) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
};

/** The build is current when it is newer than the plugin's build and the playground's sources. */
const buildIsCurrent = () => {
  const built = path.join(playgroundDir, 'dist', 'build', 'index.html');
  if (!fs.existsSync(built)) return false;
  const sources = [path.join(root, 'dist'), path.join(playgroundDir, 'config'), path.join(playgroundDir, 'src'), path.join(playgroundDir, 'package.json')];
  return fs.statSync(built).mtimeMs > Math.max(...sources.map(newestMtime));
};

const commands = {
  build() {
    ensurePlaygroundEnv();
    if (process.argv.includes('--if-stale') && buildIsCurrent()) {
      console.log('playground build is current; skipping `strapi build`');
      return;
    }
    run(process.execPath, [strapiBin, 'build'], { cwd: playgroundDir, env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' } });
  },
  develop() {
    ensurePlaygroundEnv();
    run(process.execPath, [strapiBin, 'develop'], { cwd: playgroundDir });
  },
};

const name = process.argv[2];
if (!commands[name]) {
  console.error(`usage: node ${path.relative(process.cwd(), __filename)} <${Object.keys(commands).join('|')}>`);
  process.exit(2);
}
commands[name]();
