#!/usr/bin/env node
'use strict';

/**
 * Where a request to the public page route spends its time: forks the benchmark's Strapi with --cpu-prof, loads
 * the route with autocannon, and prints self time by package and by function.
 * Usage: node bench/profile.js [--duration 10] [--format json|html] [--url-path /api/footer]
 */
const { fork } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const autocannon = require('autocannon');
const { strapiSecrets } = require('../scripts/lib');
const { ask: askChild } = require('./ipc');

// As the bench's C rows ask.
const COMPRESSED = { 'accept-encoding': 'br, gzip' };

const { arg } = require('./lib');

const where = (url) => {
  if (!url) return '(native)';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1];
  if (url.startsWith('node:')) return 'node core';
  return url.includes('/dist/server/') ? 'strapi-plugin-legal-pages' : path.basename(url);
};

const summarise = (profile) => {
  const interval = (profile.endTime - profile.startTime) / profile.samples.length / 1000;
  const byPackage = new Map();
  const byFunction = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const ms = node.hitCount * interval;
    if (!ms) continue;
    total += ms;
    const pkg = node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)' ? node.callFrame.functionName : where(node.callFrame.url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
    const fn = `${node.callFrame.functionName || '(anonymous)'} ${pkg}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`);
  return [`self time by package (${(total / 1000).toFixed(1)} s sampled):`, ...top(byPackage, 15), 'self time by function:', ...top(byFunction, 20)].join('\n');
};

const main = async () => {
  const duration = Number(arg('duration', '10'));
  fs.rmSync(path.resolve(__dirname, '../playground/.tmp/profile.db'), { force: true });
  const env = { ...process.env, ...strapiSecrets(), NODE_ENV: 'production', HOST: '127.0.0.1', DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: '.tmp/profile.db', STRAPI_TELEMETRY_DISABLED: 'true' };
  const child = fork(path.join(__dirname, 'strapi-server.js'), [], { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ask = (cmd) => askChild(child, cmd);
  const ready = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`strapi exited with ${code}`)));
  });
  const urlPath = arg('url-path', `/api/legal-pages/pages/${ready.slugs.small}/privacy-policy?locale=fr&format=${arg('format', 'json')}`);
  const url = `http://127.0.0.1:${ready.port}${urlPath}`;
  await autocannon({ url, connections: 50, pipelining: 1, duration: 3, headers: COMPRESSED });
  await ask('profile-start');
  const result = await autocannon({ url, connections: 50, pipelining: 1, duration, headers: COMPRESSED });
  const { profile } = await ask('profile-stop');
  child.kill('SIGTERM');
  console.log(`${urlPath}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
  console.log(summarise(profile));
  const file = path.join(os.tmpdir(), `legal-pages-${Date.now()}.cpuprofile`);
  fs.writeFileSync(file, JSON.stringify(profile));
  console.log(`profile: ${file} (open in Chrome DevTools)`);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
