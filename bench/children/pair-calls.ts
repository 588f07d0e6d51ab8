/**
 * Child process of the goal cross-checks: TWO clients in one process, timed in alternating
 * batches (through the fake fetch, or over loopback), so both meet the same moments of a busy
 * machine. The tables keep one client per process; this only checks a goal's ratio.
 * Usage: `pair-calls.ts <client a> <client b> <fake|url> <samples> <batch>`; reports ns per call
 * per batch for each client, on the CPU and wall clocks.
 */
import { composeSecret } from '../../src/secret-format.ts';
import { report } from '../lib/child-report.ts';
import { CLIENTS } from '../lib/clients.ts';
import { fakeFetch } from '../lib/fake-fetch.ts';
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
const calls = await Promise.all([a, b].map((name) => CLIENTS[name]!(setup)));
for (const call of calls) for (let i = 0; i < Number(batch) * 5; i++) await call();

const cpuNs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) * 1000;
};
const times: [Samples, Samples] = [
  { cpu: [], wall: [] },
  { cpu: [], wall: [] },
];
// Bounded: samples × 2 batches, the order alternating so neither always goes first.
for (let s = 0; s < Number(samples); s++) {
  for (let k = 0; k < 2; k++) {
    const index = (s + k) % 2;
    await turn();
    const wall0 = process.hrtime.bigint();
    const cpu0 = cpuNs();
    for (let i = 0; i < Number(batch); i++) await calls[index]!();
    times[index]!.cpu.push((cpuNs() - cpu0) / Number(batch));
    times[index]!.wall.push(Number(process.hrtime.bigint() - wall0) / Number(batch));
  }
}
report(times);
