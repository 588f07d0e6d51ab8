import { composeSecret } from '../src/secret-format.ts';
import { CLIENTS } from './lib/clients.ts';
import { fakeFetch } from './lib/fake-fetch.ts';
const name = process.argv[2]!;
const apiKey = composeSecret('production', 'B3nchmarkB3nchmarkB3nchmarkB3nc0');
const call = await CLIENTS[name]!({ baseUrl: 'https://api.keysmith.example', apiKey, fetch: fakeFetch });
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  for (let i = 0; i < 20000; i++) { await call(); if (i % 500 === 0) await new Promise(setImmediate); }
  console.log(name, ((performance.now() - t0) / 20000 * 1000).toFixed(1), 'µs');
}
