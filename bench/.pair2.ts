import createClient from 'openapi-fetch';
import type { paths } from '../src/generated/api.ts';
import { fakeFetch } from './lib/fake-fetch.ts';
const headers = { Authorization: 'Bearer x', 'Keysmith-Version': '2026-11-01' };
const onTimeout = (c: AbortController) => c.abort();
const timedFetch = async (request: Request): Promise<Response> => {
  const controller = new AbortController();
  const timer = setTimeout(onTimeout, 60000, controller);
  try { return await fakeFetch(request, { signal: controller.signal }); } finally { clearTimeout(timer); }
};
const a = createClient<paths>({ baseUrl: 'https://api.keysmith.example', fetch: timedFetch, headers });
const b = createClient<paths>({ baseUrl: 'https://api.keysmith.example', headers });
const calls = [async () => (await a.GET('/v1/me')).data, async () => (await b.GET('/v1/me', { fetch: timedFetch })).data];
const names = ['client-level fetch', 'per-call {fetch}'];
const cpu = () => { const u = process.cpuUsage(); return u.user + u.system; };
for (const c of calls) for (let i = 0; i < 3000; i++) await c();
const times: number[][] = names.map(() => []);
for (let r = 0; r < 60; r++) for (let k = 0; k < 2; k++) { const idx = (r + k) % 2; await new Promise(setImmediate); const t0 = cpu(); for (let i = 0; i < 300; i++) await calls[idx]!(); times[idx]!.push((cpu() - t0) / 300); }
const med = (x: number[]) => { const s = [...x].sort((p, q) => p - q); return s[s.length >> 1]!; };
names.forEach((n, i) => console.log(n.padEnd(30), med(times[i]!).toFixed(1)));
console.log('ratio', med(times[1]!.map((t, i) => t / times[0]![i]!)).toFixed(3));
