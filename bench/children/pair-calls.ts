/**
 * Child process of the goal cross-checks: TWO clients in one process, timed in alternating
 * batches (through the fake fetch, or over loopback), so both meet the same moments of a busy
 * machine. The tables keep one client per process; this only checks a goal's ratio.
 * Usage: `pair-calls.ts <client a> <client b> <fake|url> <samples> <batch>`; reports ns per call
 * per batch for each client, on the CPU and wall clocks.
 */
import { composeSecret } from '../../src/secret-format.ts';
import { report } from '../lib/child-report.ts';
import { clientFactory } from '../lib/clients.ts';
import { fakeFetch } from '../lib/fake-fetch.ts';
import { rotated } from '../lib/rounds.ts';
import { turn, type Samples } from '../lib/turn.ts';

const [a = '', b = '', target = 'fake', samples = '40', batch = '200'] = process.argv.slice(2);
const apiKey = composeSecret('production', 'B3nchmarkB3nchmarkB3nchmarkB3nc0');
const setup =
  target === 'fake'
    ? { baseUrl: 'https://api.keysmith.example', apiKey, fetch: fakeFetch }
    : {
        baseUrl: target,
        apiKey,
        fetch: (input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init),
      };
const contenders: { call: () => Promise<unknown>; times: Samples }[] = [];
for (const name of [a, b]) contenders.push({ call: await clientFactory(name)(setup), times: { cpu: [], wall: [] } });
for (const { call } of contenders) for (let i = 0; i < Number(batch) * 5; i++) await call();

const cpuNs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) * 1000;
};
// Bounded: samples × 2 batches, the order alternating so neither always goes first.
for (let s = 0; s < Number(samples); s++) {
  for (const { call, times } of rotated(contenders, s)) {
    await turn();
    const wall0 = process.hrtime.bigint();
    const cpu0 = cpuNs();
    for (let i = 0; i < Number(batch); i++) await call();
    times.cpu.push((cpuNs() - cpu0) / Number(batch));
    times.wall.push(Number(process.hrtime.bigint() - wall0) / Number(batch));
  }
}
report(contenders.map(({ times }) => times));
