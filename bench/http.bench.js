#!/usr/bin/env node
'use strict';

/**
 * `npm run bench` (HTTP part): the plugin's public page route (C, and D with If-None-Match) against a bare node:http
 * server sending the same bytes (A), Strapi's own REST route for a small single type (B) and Strapi's floor (E: a
 * playground route with `auth: false` sending the small page's bytes through the same middlewares), measured in one
 * run, alternating, with autocannon at 50 connections without pipelining, after a warm-up. The C and D rows ask for
 * `Accept-Encoding: br, gzip`, as browsers and CDNs do.
 * Options: --db sqlite|postgres, --duration <s> (per measurement, default 10), --rounds <n> (default 3).
 */
const { fork } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const autocannon = require('autocannon');
const { strapiSecrets } = require('../scripts/lib');
const { ask, rawGet } = require('./ipc');

const { arg, median, databaseEnv } = require('./lib');

const db = arg('db', 'sqlite');
const duration = Number(arg('duration', '10'));
const rounds = Number(arg('rounds', '3'));
const CONNECTIONS = 50;
const COMPRESSED = { 'accept-encoding': 'br, gzip' };

const start = (script, args, env) =>
  new Promise((resolve, reject) => {
    const child = fork(script, args, { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (message) => (message.cmd === 'ready' ? resolve({ child, ...message }) : reject(new Error(JSON.stringify(message)))));
    child.once('exit', (code) => reject(new Error(`${path.basename(script)} exited with ${code}`)));
  });

/** The list in an order drawn from `seed` (mulberry32, then Fisher-Yates): the same seed, the same order. */
const shuffled = (list, seed) => {
  let state = seed * 0x9e3779b9;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = [...list];
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
};

const run = (url, headers, seconds) =>
  new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, pipelining: 1, duration: seconds, headers }, (error, result) => (error ? reject(error) : resolve(result)));
  });


const main = async () => {
  const env = { ...process.env, ...strapiSecrets(), ...(await databaseEnv(db, 'bench')), NODE_ENV: 'production', HOST: '127.0.0.1', STRAPI_TELEMETRY_DISABLED: 'true', BENCH_FLOOR: '1' };
  console.log(`Starting the playground in production mode on ${db}...`);
  const strapi = await start(path.join(__dirname, 'strapi-server.js'), [], env);
  const base = `http://127.0.0.1:${strapi.port}`;
  const pageUrl = (size, format) => `/api/legal-pages/pages/${strapi.slugs[size]}/privacy-policy?locale=fr${format === 'html' ? '&format=html' : ''}`;

  // Baseline A serves exactly what C serves: the same bytes (compressed as C asks) and headers.
  const kept = ['content-type', 'content-encoding', 'vary', 'etag', 'cache-control'];
  const snapshot = {};
  for (const [key, url] of [['/json', pageUrl('small', 'json')], ['/html', pageUrl('small', 'html')]]) {
    const res = await rawGet(base + url, COMPRESSED);
    const headers = Object.fromEntries(kept.filter((name) => res.headers[name]).map((name) => [name, res.headers[name]]));
    snapshot[key] = { headers, body: res.body.toString('base64') };
  }
  const etag = snapshot['/json'].headers.etag;
  const large = {};
  for (const [name, headers] of [['raw', {}], ['br', { 'accept-encoding': 'br' }], ['gzip', { 'accept-encoding': 'gzip' }]]) {
    const res = await rawGet(base + pageUrl('large', 'json'), headers);
    if (res.status !== 200 || (res.headers['content-encoding'] ?? 'raw') !== name) throw new Error(`large page, ${name}: ${res.status} ${res.headers['content-encoding']}`);
    large[name] = res.body.byteLength;
  }
  const largeBytes = large.raw;
  const snapshotFile = path.join(os.tmpdir(), `legal-pages-bench-${crypto.randomBytes(4).toString('hex')}.json`);
  fs.writeFileSync(snapshotFile, JSON.stringify(snapshot));
  const koa = await start(path.join(__dirname, 'koa-server.js'), [snapshotFile], process.env);
  const koaBase = `http://127.0.0.1:${koa.port}`;

  const targets = [
    { name: 'A node:http, JSON', url: `${koaBase}/json` },
    { name: 'B Strapi REST single type', url: `${base}/api/footer` },
    { name: 'C plugin, JSON', url: base + pageUrl('small', 'json'), headers: COMPRESSED },
    { name: 'C plugin, HTML', url: base + pageUrl('small', 'html'), headers: COMPRESSED },
    { name: 'C plugin, JSON, large page', url: base + pageUrl('large', 'json'), headers: COMPRESSED },
    { name: 'D plugin, 304 (If-None-Match)', url: base + pageUrl('small', 'json'), headers: { ...COMPRESSED, 'if-none-match': etag }, status: 304 },
    { name: 'A node:http, HTML', url: `${koaBase}/html` },
    { name: 'E Strapi floor (auth: false), small page bytes', url: `${base}/api/bench-floor` },
  ];

  console.log(`Warm-up (3 s each), then ${rounds} alternating rounds of ${duration} s per target at ${CONNECTIONS} connections...`);
  for (const target of targets) await run(target.url, target.headers, 3);
  const samples = Object.fromEntries(targets.map((t) => [t.name, []]));
  for (let round = 0; round < rounds; round += 1) {
    // Each round measures the targets in an order of its own, drawn from a fixed seed: a target's measurement
    // follows a different one from round to round (B's SQL and garbage in particular; a mere rotation of one list
    // kept every target after the same neighbour), and a drift of the machine's speed falls on every target alike.
    for (const target of shuffled(targets, round + 1)) {
      const result = await run(target.url, target.headers, duration);
      if (target.status === 304 ? result['2xx'] : result.non2xx) throw new Error(`${target.name}: ${target.status === 304 ? result['2xx'] : result.non2xx} unexpected responses`);
      samples[target.name].push({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors });
    }
  }

  const queriesPerRequest = {};
  for (const size of ['small', 'large']) {
    await ask(strapi.child, 'reset-queries');
    const n = 50;
    for (let i = 0; i < n; i += 1) await rawGet(base + pageUrl(size, 'json'), COMPRESSED);
    queriesPerRequest[size] = (await ask(strapi.child, 'read-queries')).queries / n;
  }
  const compose = (await ask(strapi.child, 'compose-times')).times;

  const rows = targets.map((t) => {
    const s = samples[t.name];
    return { target: t.name, rps: Math.round(median(s.map((x) => x.rps))), p50ms: median(s.map((x) => x.p50)), p99ms: median(s.map((x) => x.p99)), errors: s.reduce((n, x) => n + x.errors, 0) };
  });
  const rps = (name) => rows.find((r) => r.target === name).rps;
  const report = {
    date: new Date().toISOString(),
    commit: (() => {
      try {
        return require('node:child_process').execSync('git rev-parse --short HEAD', { cwd: __dirname, encoding: 'utf8' }).trim();
      } catch {
        return null;
      }
    })(),
    db,
    durationSeconds: duration,
    rounds,
    connections: CONNECTIONS,
    machine: { cpus: os.cpus().length, node: process.version },
    rows,
    // Every measurement, in the order of `rows`: how far apart the rounds were.
    samples: Object.fromEntries(targets.map((t) => [t.name, samples[t.name].map((x) => Math.round(x.rps))])),
    ratios: {
      'C/A json': +(rps('C plugin, JSON') / rps('A node:http, JSON')).toFixed(2),
      'C/A html': +(rps('C plugin, HTML') / rps('A node:http, HTML')).toFixed(2),
      'C/B json': +(rps('C plugin, JSON') / rps('B Strapi REST single type')).toFixed(2),
      'C/E json': +(rps('C plugin, JSON') / rps('E Strapi floor (auth: false), small page bytes')).toFixed(2),
      'large/small json': +(rps('C plugin, JSON, large page') / rps('C plugin, JSON')).toFixed(2),
    },
    goals: { 'C/B json': '>= 2', 'C/E json': '>= 0.9', 'large/small json': '>= 0.9', 'largePageWire.brShare': '<= 0.15' },
    queriesPerRequest,
    largePageJsonBytes: largeBytes,
    largePageWire: { rawBytes: large.raw, brBytes: large.br, gzipBytes: large.gzip, brShare: +(large.br / large.raw).toFixed(3), gzipShare: +(large.gzip / large.raw).toFixed(3) },
    composeAndRenderMs: compose,
  };

  console.log('\n| target | req/s | p50 ms | p99 ms | errors |\n| --- | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.target} | ${r.rps} | ${r.p50ms} | ${r.p99ms} | ${r.errors} |`);
  console.log(`\nratios: ${Object.entries(report.ratios).map(([k, v]) => `${k} = ${v}`).join(', ')}`);
  console.log(`SQL queries per request of C: small page ${queriesPerRequest.small}, large page ${queriesPerRequest.large}`);
  console.log(`large page on the wire: ${large.br} B with br, ${large.gzip} B with gzip, of ${large.raw} B (${(100 * report.largePageWire.brShare).toFixed(1)} %, ${(100 * report.largePageWire.gzipShare).toFixed(1)} %)`);
  console.log(`compose + render (median): ${Object.entries(compose).map(([k, v]) => `${k} ${v.medianMs.toFixed(1)} ms (${v.purposes} purposes, ${v.recipients} recipients, ${v.cookies} cookies)`).join('; ')}`);

  const dir = path.join(__dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `http-${db}-${report.date.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  fs.copyFileSync(file, path.join(dir, `http-${db}-latest.json`));
  console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);

  strapi.child.kill('SIGTERM');
  koa.child.kill('SIGTERM');
  fs.rmSync(snapshotFile, { force: true });
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
