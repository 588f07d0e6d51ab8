/**
 * `keysmith-mock` as the throughput measure runs it: `startMockServer` on 127.0.0.1 with the plan
 * limits raised so the load is never answered 429, the fixed admin secret and 20 fixture keys.
 * Prints `LISTENING <port>`.
 */
import { startMockServer } from 'keysmith/mock/node';
import { ADMIN_SECRET, KEY_IDS, fixtureSecret } from '../lib/load-mix.ts';

const server = await startMockServer({
  port: 0,
  plan: { per_minute: 1_000_000, per_hour: 100_000_000 },
  adminKeys: { production: ADMIN_SECRET },
  keys: KEY_IDS.map((id, i) => ({ id, secret: fixtureSecret(i), name: `Load ${i}`, permissions: ['keys:read'] })),
});
console.log(`LISTENING ${new URL(server.url).port}`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
