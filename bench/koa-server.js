'use strict';

// Baseline A: node:http answering the exact bytes and headers of the plugin's responses, the ceiling for C.
const http = require('node:http');
const fs = require('node:fs');

// Bodies come base64-encoded: they are the compressed bytes the plugin sent.
const responses = Object.fromEntries(
  Object.entries(JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))).map(([url, r]) => [url, { headers: r.headers, body: Buffer.from(r.body, 'base64') }])
);

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
