'use strict';

/** Sends `{ cmd }` to a forked child and resolves with its first reply carrying the same `cmd`. */
const ask = (child, cmd) =>
  new Promise((resolve) => {
    const listener = (message) => {
      if (message.cmd !== cmd) return;
      child.off('message', listener);
      resolve(message);
    };
    child.on('message', listener);
    child.send({ cmd });
  });

/** A GET whose body is kept as sent, compressed or not (fetch would decode it): `{ status, headers, body }`. */
const rawGet = (url, headers = {}) =>
  new Promise((resolve, reject) => {
    require('node:http')
      .get(url, { headers }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      })
      .on('error', reject);
  });

module.exports = { ask, rawGet };
