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

module.exports = { ask };
