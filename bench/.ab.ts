import { runChild, corePins } from './lib/spawn.ts';
import { summarize } from './lib/stats.ts';
const names = process.argv.slice(2).length ? process.argv.slice(2) : ['keysmith', 'openapi-fetch + timeout as keysmith'];
const rounds = Number(process.env.R ?? 5);
const res = new Map(names.map(n => [n, [] as number[]]));
const ratios: number[] = [];
for (let r = 0; r < rounds; r++) {
  const m: number[] = [];
  for (const n of (r % 2 ? [...names].reverse() : names)) {
    const ns = (await runChild<{cpu:number[]}>('children/client-calls.ts', [n, 'fake', '6', '1000', '8000'], { cpu: corePins()?.load, timeoutMs: 60000 })).cpu;
    res.get(n)!.push(...ns);
  }
  const a = summarize(res.get(names[0]!)!.slice(-6)).median, b = summarize(res.get(names[1]!)!.slice(-6)).median;
  ratios.push(a / b);
}
for (const [n, v] of res) console.log(n.padEnd(40), (summarize(v).median / 1000).toFixed(1));
console.log('paired ratio', summarize(ratios).median.toFixed(3), ratios.map(r => r.toFixed(2)).join(' '));
