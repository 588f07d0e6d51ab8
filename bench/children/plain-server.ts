/**
 * A plain `node:http` server on 127.0.0.1 for the loopback measure: every request gets the same
 * `GET /v1/me` answer (body and headers as the API sends them). Prints `LISTENING <port>`.
 */
import { createServer } from 'node:http';
import { ANSWER_HEADERS, ME_BODY } from '../lib/fake-fetch.ts';

const body = Buffer.from(ME_BODY);
const headers = { ...ANSWER_HEADERS, 'Content-Length': String(body.length) };
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, headers);
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`LISTENING ${typeof address === 'object' && address !== null ? address.port : 0}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
