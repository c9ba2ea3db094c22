'use strict';

const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const playgroundDir = path.join(root, 'playground');

const secret = () => crypto.randomBytes(16).toString('base64');

/** The secrets a Strapi app refuses to boot without; fresh random values each call. */
const strapiSecrets = () => ({
  APP_KEYS: [secret(), secret(), secret(), secret()].join(','),
  ADMIN_JWT_SECRET: secret(),
  API_TOKEN_SALT: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
});

/** Writes playground/.env once, with random secrets, the way create-strapi would. */
const ensurePlaygroundEnv = () => {
  const file = path.join(playgroundDir, '.env');
  if (fs.existsSync(file)) return;
  const lines = Object.entries({ HOST: '0.0.0.0', PORT: '1337', ...strapiSecrets() }).map(
    ([key, value]) => `${key}=${value}`
  );
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
};

const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
};

module.exports = { root, playgroundDir, strapiSecrets, ensurePlaygroundEnv, run };
