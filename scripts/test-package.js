#!/usr/bin/env node
'use strict';

// `npm run test:package`: installs the packed tarball (`npm pack`) into a Strapi app outside the workspace, as an
// administrator would, builds and starts it, and reads a published page. It catches what the workspace link hides:
// a file missing from `files`, a wrong export, a dependency that only the workspace provides.
// Run `npm run build` first. KEEP_PACKAGE_APP=1 keeps the app directory for a look.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { root, playgroundDir, strapiSecrets, run: runCommand } = require('./lib');

const ADMIN = { firstname: 'Package', lastname: 'Test', email: 'package@legal-pages.test', password: 'Packag3-Passw0rd' };

const log = (message) => console.log(`[test:package] ${message}`);

/** lib's run, timed. */
const run = (command, args, options) => {
  const started = Date.now();
  runCommand(command, args, options);
  log(`${path.basename(command)} ${args.join(' ').replace(/\s+/g, ' ').slice(0, 100)}: ${Math.round((Date.now() - started) / 1000)} s`);
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** The app: the playground's config and code, its dependencies from the registry, the plugin from the tarball. */
const createApp = (appDir, tarball) => {
  for (const entry of ['config', 'src', 'public', 'tsconfig.json', 'favicon.png']) {
    fs.cpSync(path.join(playgroundDir, entry), path.join(appDir, entry), { recursive: true });
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(playgroundDir, 'package.json'), 'utf8'));
  manifest.name = 'legal-pages-package-test';
  manifest.dependencies['strapi-plugin-legal-pages'] = `file:${tarball}`;
  // The database drivers of other clients are not needed here; SQLite is what create-strapi gives a new app.
  delete manifest.dependencies.pg;
  delete manifest.dependencies.mysql2;
  fs.writeFileSync(path.join(appDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const env = { HOST: '127.0.0.1', ...strapiSecrets(), DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: '.tmp/data.db' };
  fs.writeFileSync(path.join(appDir, '.env'), Object.entries(env).map(([k, v]) => `${k}=${v}`).join('\n') + '\n');
};

/** The modules a user's code imports, resolved from the app: each export of the package must load. */
const checkExports = (appDir) => {
  const script = `
    const core = require('strapi-plugin-legal-pages/core');
    if (typeof core.composeAndRender !== 'function') throw new Error('core: no composeAndRender');
    // './types' is types only: its module loads and exports nothing, so a frontend bundle gains nothing from it.
    for (const entry of ['strapi-plugin-legal-pages/strapi-server', 'strapi-plugin-legal-pages/package.json', 'strapi-plugin-legal-pages/types']) require(entry);
    import('strapi-plugin-legal-pages/core').then((m) => { if (typeof m.validateInput !== 'function') throw new Error('core (ESM): no validateInput'); });
  `;
  run(process.execPath, ['-e', script], { cwd: appDir });
};

const waitForHealth = async (url, child, output) => {
  const deadline = Date.now() + 120000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Strapi exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/_health`)).status === 204) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Strapi did not answer in time:\n${output()}`);
};

const call = async (url, method, pathname, { token, body, expect }) => {
  const response = await fetch(`${url}${pathname}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== expect) throw new Error(`${method} ${pathname}: expected ${expect}, got ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
};

const SITE = {
  name: 'Commune du paquet',
  baseUrl: 'https://www.commune-paquet.fr',
  locales: ['fr'],
  texts: { fr: { designation: 'Commune', designationGender: 'feminine', directorOfPublicationTitle: 'maire' } },
  controller: {
    data: {
      name: 'Commune du Paquet',
      nameInText: 'feminine',
      kind: 'public-body',
      legalForm: 'Collectivité territoriale',
      street: '2 place de la Mairie',
      postalCode: '30000',
      city: 'Nîmes',
      email: 'contact@commune-paquet.fr',
      siren: '213001894',
    },
  },
  host: { data: { name: 'Hébergeur Exemple', street: '10 rue du Serveur', postalCode: '75015', city: 'Paris', phone: '01 23 45 67 89' } },
  dpo: { data: { label: 'DPO de la commune', email: 'dpo@commune-paquet.fr' } },
  directorOfPublicationName: 'Jean Dupont',
  transfersOutsideEea: 'no',
  securityMeasures: 'yes',
};

/** An administrator's first steps, then a visitor's read of the published page. */
const exercise = async (url) => {
  const { data: admin } = await call(url, 'POST', '/admin/register-admin', { body: ADMIN, expect: 200 });
  const token = admin.token;
  const adminHtml = await fetch(`${url}/admin`);
  if (adminHtml.status !== 200) throw new Error(`GET /admin answered ${adminHtml.status}`);
  const { data: site } = await call(url, 'POST', '/legal-pages/sites', { token, body: SITE, expect: 201 });
  await call(url, 'POST', `/legal-pages/sites/${site.documentId}/starter-library`, { token, body: {}, expect: 200 });
  // Refusals must keep their status: Strapi recognises only errors of its own copy of @strapi/utils (else 500).
  await call(url, 'POST', `/legal-pages/sites/${site.documentId}/pages/legal-notice/en/publish`, { token, body: {}, expect: 404 });
  await call(url, 'POST', '/legal-pages/sites', { token, body: { ...SITE, name: '' }, expect: 400 });
  await call(url, 'POST', `/legal-pages/sites/${site.documentId}/pages/privacy-policy/fr/publish`, { token, body: {}, expect: 201 });
  const { data: page } = await call(url, 'GET', `/api/legal-pages/pages/${site.slug}/privacy-policy?locale=fr`, { expect: 200 });
  if (page.version !== 1 || !page.document?.sections?.length) throw new Error(`unexpected page: ${JSON.stringify(page).slice(0, 500)}`);
  // users-permissions keeps its defaults in a new app with the plugin installed from the start.
  await call(url, 'POST', '/api/auth/local/register', { body: { username: 'visitor', email: 'visitor@legal-pages.test', password: 'Visit0r-Passw0rd' }, expect: 200 });
  log(`published and read ${site.slug}/privacy-policy (fr), ${page.document.sections.length} sections`);
};

const main = async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'legal-pages-package-'));
  const appDir = path.join(work, 'app');
  fs.mkdirSync(appDir);
  let strapi;
  try {
    const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' });
    if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
    const [{ filename, files }] = JSON.parse(packed.stdout);
    log(`packed ${filename}: ${files.length} files`);
    for (const required of ['LICENSE', 'README.md', 'package.json', 'strapi-server.js', 'strapi-admin.js', 'dist/server/index.js', 'dist/admin/index.mjs', 'dist/core/index.js', 'dist/types/index.js', 'dist/server/src/public-types.d.ts']) {
      if (!files.some((f) => f.path === required)) throw new Error(`the package lacks ${required}`);
    }
    createApp(appDir, path.join(work, filename));
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: appDir });
    checkExports(appDir);
    const strapiBin = path.join(appDir, 'node_modules/@strapi/strapi/bin/strapi.js');
    run(process.execPath, [strapiBin, 'build'], { cwd: appDir, env: { ...process.env, NODE_ENV: 'production' } });

    const port = await freePort();
    let output = '';
    strapi = spawn(process.execPath, [strapiBin, 'start'], {
      cwd: appDir,
      env: { ...process.env, NODE_ENV: 'production', PORT: String(port), STRAPI_TELEMETRY_DISABLED: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    strapi.stdout.on('data', (chunk) => (output += chunk));
    strapi.stderr.on('data', (chunk) => (output += chunk));
    const url = `http://127.0.0.1:${port}`;
    await waitForHealth(url, strapi, () => output);
    try {
      await exercise(url);
    } catch (error) {
      console.error(`[test:package] Strapi's output:\n${output.split('\n').slice(-80).join('\n')}`);
      throw error;
    }
    log('the packed plugin installs, builds, starts and serves a published page');
  } finally {
    strapi?.kill('SIGTERM');
    if (process.env.KEEP_PACKAGE_APP) log(`app kept in ${appDir}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
};

main().catch((error) => {
  console.error(`[test:package] FAILED: ${error.stack ?? error}`);
  process.exit(1);
});
