/**
 * The load generator of the throughput measure: autocannon with 10 connections cycling the
 * request mix, a short warm-up, then a bounded run. Reports requests per second (mean over the
 * run), how many answers were not 2xx, and how many requests were answered in all (warm-up included).
 * Usage: `load.ts <origin> <seconds>`.
 */
import autocannon from 'autocannon';
import { report } from '../lib/child-report.ts';
import { ADMIN_SECRET, MIX_PATHS } from '../lib/load-mix.ts';

const [origin = '', seconds = '5'] = process.argv.slice(2);

function run(duration: number): Promise<autocannon.Result> {
  return autocannon({
    url: origin,
    connections: 10,
    duration,
    headers: { authorization: `Bearer ${ADMIN_SECRET}`, 'keysmith-version': '2026-11-01' },
    requests: MIX_PATHS.map((path) => ({ method: 'GET', path })),
  });
}

const warm = await run(1);
const result = await run(Number(seconds));
report({
  rps: result.requests.average,
  non2xx: result.non2xx + warm.non2xx,
  errors: result.errors + warm.errors,
  total: result.requests.total,
  // Every request the server answered while this process ran, for its CPU per request.
  answered: result.requests.total + warm.requests.total,
});
