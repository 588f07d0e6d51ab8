/**
 * The state file of issue 16: a mock holding 10,000 keys (made through the API, so each has a
 * creator, usage and rate-limit windows), written as `keysmith-mock --state` writes it and loaded
 * as it loads it — the CLI's own functions — then restored into a fresh mock, where every one of
 * the 10,000 secrets must still authenticate. Prints the file's size and the time of each step.
 *
 * Run: `npx tsx bench/state-file.ts` (`KEYS=100000` for another size). Not part of `npm run bench`:
 * it has no peer to compare with, and no goal but "every secret works".
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockApi, type MockApi } from 'keysmith/mock';
// The CLI's reader and writer, measured as `--state` runs them.
import { readStateFile, writeStateFile } from '../mock/node/state-file.ts';

const KEYS = Number(process.env.KEYS ?? 10_000);
const NOW = '2026-11-01T09:00:00Z';
const PLAN = { per_minute: 1_000_000, per_hour: 100_000_000 };

async function timed<T>(what: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`${what.padEnd(44)} ${(performance.now() - started).toFixed(0).padStart(7)} ms`);
  return result;
}

async function send(mock: MockApi, key: string, method: string, path: string, body?: unknown): Promise<Response> {
  return mock.fetch(
    new Request(`${mock.baseUrls.production}${path}`, {
      method,
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'keysmith-state-bench-'));
  const file = join(dir, 'state.json');
  try {
    const source = createMockApi({ now: NOW, plan: PLAN });
    const secrets = await timed(`create ${KEYS.toLocaleString('en')} keys through the API`, async () => {
      const made: string[] = [];
      for (let i = 0; i < KEYS; i++) {
        const res = await send(source, source.adminKey, 'POST', '/v1/api-keys', { name: `key ${i}`, permissions: [] });
        made.push(((await res.json()) as { secret: string }).secret);
      }
      return made;
    });
    for (const secret of secrets.slice(0, 100)) await send(source, secret, 'GET', '/v1/me');

    const snapshot = await timed('mock.snapshot()', () => source.snapshot());
    const bytes = await timed('write the file (JSON, temp file + rename)', () => writeStateFile(file, snapshot));
    const read = await timed('load the file (read, parse, check)', () => readStateFile(file));
    if (read.kind !== 'loaded') throw new Error(`the file was refused: ${JSON.stringify(read)}`);
    const target = createMockApi({ now: NOW, plan: PLAN });
    await timed('mock.restore(snapshot)', () => {
      target.restore(read.snapshot);
    });
    const refused = await timed(`authenticate all ${KEYS.toLocaleString('en')} secrets`, async () => {
      let failures = 0;
      for (const secret of secrets) if ((await send(target, secret, 'GET', '/v1/me')).status !== 200) failures++;
      return failures;
    });
    const text = JSON.stringify(snapshot);
    console.log(`file size: ${bytes.toLocaleString('en')} bytes (${(bytes / KEYS).toFixed(0)} B per key)`);
    console.log(`pretty-printed it would be ${JSON.stringify(snapshot, null, 2).length.toLocaleString('en')} bytes`);
    console.log(`anything shaped like a secret in the file: ${/ks_(?:prod|stage|dev)_[0-9A-Za-z]{38}/.test(text)}`);
    console.log(`secrets that authenticate after the restore: ${KEYS - refused} of ${KEYS}`);
    if (refused > 0) process.exitCode = 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
