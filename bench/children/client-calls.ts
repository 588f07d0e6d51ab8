/**
 * Child process of the CPU and loopback measures: builds ONE client and times its calls.
 * Usage: `client-calls.ts <client> <fake|url> <samples> <batch> <maxMs>`; reports ns per call per sample, on the wall and CPU clocks.
 */
import { composeSecret } from '../../src/secret-format.ts';
import { clientFactory } from '../lib/clients.ts';
import { fakeFetch } from '../lib/fake-fetch.ts';
import { report } from '../lib/child-report.ts';
import { sampleCalls } from '../lib/turn.ts';

const [name = '', target = 'fake', samples = '10', batch = '500', maxMs = '5000'] = process.argv.slice(2);
const factory = clientFactory(name);

const apiKey = composeSecret('production', 'B3nchmarkB3nchmarkB3nchmarkB3nc0');
const call = await factory(
  target === 'fake'
    ? { baseUrl: 'https://api.keysmith.example', apiKey, fetch: fakeFetch }
    : { baseUrl: target, apiKey, fetch: (input, init) => globalThis.fetch(input, init) },
);

// One checked call first: a client that fails (or returns the wrong thing) must not be timed.
const first = (await call()) as { id?: unknown } | undefined;
if (first?.id !== 'key_7Hq2ZbN4xTmW9cLp') throw new Error(`${name} returned ${JSON.stringify(first)}`);

const perCall = await sampleCalls(call, {
  warmupCalls: Number(batch) * 4,
  samples: Number(samples),
  batch: Number(batch),
  maxMs: Number(maxMs),
});
report(perCall);
