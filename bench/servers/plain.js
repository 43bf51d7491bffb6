'use strict';
// The ceiling: a plain node:http server answering the JSON of an extend, with nothing else to do. argv: port.
const http = require('node:http');
const { EXTEND_BODY } = require('../lib/static-answer');

const payload = JSON.stringify(EXTEND_BODY);
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
});
server.listen(Number(process.argv[2] || 0), '127.0.0.1', () => process.send({ ready: true, url: `http://127.0.0.1:${server.address().port}` }));
process.on('message', (message) => {
  if (message.cmd === 'stop') server.close(() => process.exit(0)), server.closeAllConnections();
});
