#!/usr/bin/env node
'use strict';

// npm 11 writes package-lock.json with only this machine's platform-specific optional packages (npm/cli#4828,
// #8320), and `npm ci` then refuses the lock as out of sync. This script records the other platforms' packages
// (@swc/core-*, @rollup/rollup-*, esbuild's...) so `npm ci` works on every machine. Run it after `npm install`.
// A registry mirror may lack other platforms' binaries; their os and cpu are then read from the package name.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const lockPath = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'package-lock.json'));
const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

const OS = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'openharmony'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'wasm32'];

const fromName = (name, version) => {
  const parts = name.split('/').pop().split('-');
  const os = OS.find((o) => parts.includes(o) || (o === 'win32' && parts.includes('win')));
  const cpu = CPU.find((c) => parts.includes(c) || (c === 'arm' && parts.some((p) => p.startsWith('arm') && p !== 'arm64')));
  const libc = parts.includes('musl') ? ['musl'] : parts.includes('gnu') || parts.includes('gnueabihf') ? ['glibc'] : undefined;
  return { version, ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc } : {}) };
};

const view = (name, version) => {
  try {
    const meta = JSON.parse(
      execFileSync('npm', ['view', `${name}@${version}`, '--json', 'version', 'dist.integrity', 'os', 'cpu', 'libc', 'license', 'engines'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      })
    );
    return Array.isArray(meta) ? meta[meta.length - 1] : meta;
  } catch {
    return fromName(name, version);
  }
};

/** Where npm would look for `name` from the package at `from`: nearest node_modules up the tree. */
const resolve = (from, name) => {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!dir) return null;
    const index = dir.lastIndexOf('/node_modules/');
    dir = index === -1 ? '' : dir.slice(0, index);
  }
};

let added = 0;
for (const [location, entry] of Object.entries({ ...packages })) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    if (resolve(location, name)) continue;
    const topLevel = `node_modules/${name}`;
    const target = packages[topLevel] ? `${location}/node_modules/${name}` : topLevel;
    const info = view(name, spec);
    packages[target] = {
      version: info.version,
      ...(info['dist.integrity'] ? { integrity: info['dist.integrity'] } : {}),
      ...(info.cpu ? { cpu: info.cpu } : {}),
      ...(entry.dev ? { dev: true } : {}),
      ...(info.engines ? { engines: info.engines } : {}),
      ...(info.libc ? { libc: info.libc } : {}),
      ...(info.license ? { license: info.license } : {}),
      optional: true,
      ...(info.os ? { os: info.os } : {}),
    };
    added += 1;
    console.log(`+ ${target}@${info.version}`);
  }
}

const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
lock.packages = sorted;
fs.writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`${added} platform-specific optional packages recorded in ${path.relative(process.cwd(), lockPath)}`);
