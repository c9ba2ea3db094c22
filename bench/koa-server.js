'use strict';

// Baseline A: node:http answering the exact bytes and headers of the plugin's responses, the ceiling for C.
const http = require('node:http');
const fs = require('node:fs');

const responses = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

const server = http.createServer((req, res) => {
  const response = responses[req.url];
  if (!response) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, response.headers);
  res.end(response.body);
});

server.listen(0, '127.0.0.1', () => process.send({ cmd: 'ready', port: server.address().port }));
