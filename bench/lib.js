'use strict';

/** What the bench scripts share: their options, the median, and a database of their own. */
const fs = require('node:fs');
const path = require('node:path');

/** The value after `--name` on the command line, or the fallback. */
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * A fresh database named `name` for one bench run, as the playground's environment variables: an SQLite file under
 * playground/.tmp, or a PostgreSQL database dropped and created again.
 */
const databaseEnv = async (db, name) => {
  if (db === 'sqlite') {
    fs.rmSync(path.resolve(__dirname, `../playground/.tmp/${name}.db`), { force: true });
    return { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: `.tmp/${name}.db` };
  }
  if (db !== 'postgres') throw new Error('--db must be sqlite or postgres');
  const database = `legal_pages_${name.replace(/-/g, '_')}`;
  const { Client } = require('pg');
  const client = new Client({ host: '127.0.0.1', user: 'postgres', database: 'postgres' });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${database}`);
  await client.end();
  return { DATABASE_CLIENT: 'postgres', DATABASE_HOST: '127.0.0.1', DATABASE_PORT: '5432', DATABASE_USERNAME: 'postgres', DATABASE_NAME: database };
};

module.exports = { arg, median, databaseEnv };
