'use strict';

// Gives each integration run an empty database: a fresh SQLite file, or a PostgreSQL / MariaDB database
// created for the run and dropped after it.
const fs = require('node:fs');
const path = require('node:path');

const DEFAULT_SERVER_DATABASE = 'legal_pages_test';

const settings = (name) => {
  const client = process.env.DATABASE_CLIENT || 'sqlite';
  if (!['sqlite', 'postgres', 'mysql'].includes(client)) {
    throw new Error(`DATABASE_CLIENT must be sqlite, postgres or mysql, not "${client}"`);
  }
  return {
    client,
    host: process.env.DATABASE_HOST || '127.0.0.1',
    port: Number(process.env.DATABASE_PORT || (client === 'postgres' ? 5432 : 3306)),
    user: process.env.DATABASE_USERNAME || (client === 'postgres' ? 'postgres' : 'root'),
    password: process.env.DATABASE_PASSWORD || '',
    database: name ?? (process.env.DATABASE_NAME || DEFAULT_SERVER_DATABASE),
  };
};

const quoteIdentifier = (name) => {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`unsafe database name "${name}"`);
  return name;
};

const onServer = async (s, statements) => {
  if (s.client === 'postgres') {
    const { Client } = require('pg');
    const client = new Client({ host: s.host, port: s.port, user: s.user, password: s.password, database: 'postgres' });
    await client.connect();
    try {
      for (const sql of statements) await client.query(sql);
    } finally {
      await client.end();
    }
    return;
  }
  const mysql = require('mysql2/promise');
  const connection = await mysql.createConnection({ host: s.host, port: s.port, user: s.user, password: s.password });
  try {
    for (const sql of statements) await connection.query(sql);
  } finally {
    await connection.end();
  }
};

const dropStatement = (s) =>
  s.client === 'postgres'
    ? `DROP DATABASE IF EXISTS ${quoteIdentifier(s.database)} WITH (FORCE)`
    : `DROP DATABASE IF EXISTS ${quoteIdentifier(s.database)}`;

/**
 * Empties the database the run will use and returns the environment variables that point Strapi at it. `name`
 * gives a test a database of its own beside the run's (a file `.tmp/<name>.db` on SQLite).
 */
const createEmptyDatabase = async (playgroundDir, name) => {
  const s = settings(name);
  if (s.client === 'sqlite') {
    const filename = name ? `.tmp/${name}.db` : process.env.DATABASE_FILENAME || '.tmp/test.db';
    const file = path.resolve(playgroundDir, filename);
    fs.rmSync(file, { force: true });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename };
  }
  const charset = s.client === 'mysql' ? ' CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci' : '';
  await onServer(s, [dropStatement(s), `CREATE DATABASE ${quoteIdentifier(s.database)}${charset}`]);
  return {
    DATABASE_CLIENT: s.client,
    DATABASE_HOST: s.host,
    DATABASE_PORT: String(s.port),
    DATABASE_USERNAME: s.user,
    DATABASE_PASSWORD: s.password,
    DATABASE_NAME: s.database,
  };
};

const dropDatabase = async (name) => {
  const s = settings(name);
  if (s.client !== 'sqlite' && !process.env.KEEP_TEST_DATABASE) await onServer(s, [dropStatement(s)]);
};

module.exports = { createEmptyDatabase, dropDatabase };
