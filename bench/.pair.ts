import { composeSecret } from '../src/secret-format.ts';
import { CLIENTS } from './lib/clients.ts';
import { fakeFetch } from './lib/fake-fetch.ts';
const names = process.argv.slice(2).length ? process.argv.slice(2) : ['keysmith', 'openapi-fetch + timeout as keysmith'];
const apiKey = composeSecret('production', 'B3nchmarkB3nchmarkB3nchmarkB3nc0');
const calls = await Promise.all(names.map((n) => CLIENTS[n]!({ baseUrl: 'https://api.keysmith.example', apiKey, fetch: fakeFetch })));
const cpu = () => { const u = process.cpuUsage(); return u.user + u.system; };
for (const c of calls) for (let i = 0; i < 3000; i++) await c();
const times: number[][] = names.map(() => []);
for (let r = 0; r < Number(process.env.N ?? 60); r++) {
  for (let k = 0; k < calls.length; k++) {
    const idx = (r + k) % calls.length;
    await new Promise(setImmediate);
    const t0 = cpu(); for (let i = 0; i < 300; i++) await calls[idx]!(); times[idx]!.push((cpu() - t0) / 300);
  }
}
const med = (a: number[]) => { const s = [...a].sort((x, y) => x - y); return s[s.length >> 1]!; };
const ratios = times[0]!.map((t, i) => t / times[1]![i]!);
names.forEach((n, i) => console.log(n.padEnd(40), med(times[i]!).toFixed(1), 'µs'));
console.log('paired ratio median', med(ratios).toFixed(3));
