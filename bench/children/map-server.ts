/**
 * The floor of the throughput measure: a plain `node:http` server over `Map`s answering the same
 * request mix with the same bodies' shape — the Authorization header looked up in a Map, the
 * route picked by hand, the stored object serialised. No validation, rate limits or log.
 * Prints `LISTENING <port>`.
 */
import { createServer } from 'node:http';
import { ADMIN_SECRET, KEY_IDS } from '../lib/load-mix.ts';

const created = new Date().toISOString();
const keyView = (id: string, i: number): Record<string, unknown> => ({
  object: 'api_key',
  id,
  name: `Load ${i}`,
  description: null,
  environment: 'production',
  status: 'active',
  prefix: 'ks_prod_',
  masked_key: 'ks_prod_••••abcd',
  permissions: ['keys:read'],
  rate_limit: { per_minute: 100, per_hour: 1000 },
  expires_at: null,
  created_at: created,
  updated_at: created,
  last_used_at: null,
  revoked_at: null,
  previous_secret_expires_at: null,
  usage: { requests_today: 0, requests_this_month: 0 },
  metadata: {},
  created_by: null,
});
const keys = new Map(KEY_IDS.map((id, i) => [id, keyView(id, i)]));
const ordered = [...keys.values()].reverse();
const callers = new Map([
  [
    `Bearer ${ADMIN_SECRET}`,
    {
      object: 'identity',
      id: 'key_admin',
      name: 'Admin',
      environment: 'production',
      permissions: ['admin:*'],
      owner: { id: 'acct_1', name: 'Load' },
    },
  ],
]);

let requestCount = 0;
const server = createServer((req, res) => {
  const send = (status: number, body: unknown): void => {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'X-Request-Id': `req_${++requestCount}`,
      'Content-Length': Buffer.byteLength(text),
    });
    res.end(text);
  };
  const caller = callers.get(req.headers.authorization ?? '');
  if (caller === undefined) {
    send(401, { error: { code: 'invalid_api_key' } });
    return;
  }
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/v1/me') {
    send(200, caller);
    return;
  }
  if (url.pathname === '/v1/api-keys') {
    const limit = Number(url.searchParams.get('limit') ?? 10);
    const data = ordered.slice(0, limit);
    send(200, { object: 'list', data, has_more: ordered.length > limit, next_cursor: data.at(-1)?.id ?? null });
    return;
  }
  const key = url.pathname.startsWith('/v1/api-keys/')
    ? keys.get(url.pathname.slice('/v1/api-keys/'.length))
    : undefined;
  if (key === undefined) send(404, { error: { code: 'not_found' } });
  else send(200, key);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`LISTENING ${typeof address === 'object' && address !== null ? address.port : 0}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
