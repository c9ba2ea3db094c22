#!/usr/bin/env node
'use strict';

// Runs a command against a database server: `node scripts/with-database.js postgres|mariadb <command...>`.
// The integration harness creates an empty database for the run and drops it afterwards.
const { spawnSync } = require('node:child_process');

const servers = {
  postgres: { DATABASE_CLIENT: 'postgres', DATABASE_HOST: '127.0.0.1', DATABASE_PORT: '5432', DATABASE_USERNAME: 'postgres' },
  mariadb: { DATABASE_CLIENT: 'mysql', DATABASE_HOST: '127.0.0.1', DATABASE_PORT: '3306', DATABASE_USERNAME: 'root' },
};

const [server, command, ...args] = process.argv.slice(2);
if (!servers[server] || !command) {
  console.error('usage: node scripts/with-database.js <postgres|mariadb> <command...>');
  process.exit(2);
}

// Values already in the environment win, so a developer can point at another server.
const env = { ...servers[server], DATABASE_PASSWORD: '', DATABASE_NAME: 'legal_pages_test', ...process.env };
env.DATABASE_CLIENT = servers[server].DATABASE_CLIENT;
const result = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
