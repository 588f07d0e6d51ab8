/**
 * The `--state FILE` of `keysmith-mock`: a mock snapshot on disk. Read at start when the file
 * exists; a file that is not a snapshot this mock can restore is refused with the problem named,
 * and left exactly as it is (the mock does not start, so it never writes over it). Written on exit
 * atomically: to a temporary file beside it, flushed, then renamed over it, so a crash mid-write
 * leaves the previous state, never half of one.
 */
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { checkSnapshot } from '../snapshot/check-snapshot.js';
import type { MockSnapshot } from '../snapshot/snapshot-format.js';

/** What was found at the path. */
export type StateFileRead =
  { kind: 'absent' } | { kind: 'loaded'; snapshot: MockSnapshot } | { kind: 'refused'; problem: string };

/**
 * Where a JSON syntax error is, as line and column. Never V8's message: it quotes the text around
 * the error, which may be a secret someone pasted into the file.
 */
function syntaxErrorAt(error: unknown, text: string): string {
  const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (position === null) return 'it is not valid JSON';
  const before = text.slice(0, Number(position[1])).split('\n');
  return `it is not valid JSON (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}

/** Reads and checks a state file. */
export async function readStateFile(path: string): Promise<StateFileRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'absent' };
    return { kind: 'refused', problem: `it cannot be read (${code ?? 'error'})` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { kind: 'refused', problem: syntaxErrorAt(error, text) };
  }
  const checked = checkSnapshot(value);
  return checked.ok ? { kind: 'loaded', snapshot: checked.snapshot } : { kind: 'refused', problem: checked.problem };
}

/** Writes `snapshot` to `path` atomically; returns the bytes written. */
export async function writeStateFile(path: string, snapshot: MockSnapshot): Promise<number> {
  const text = `${JSON.stringify(snapshot)}\n`;
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const file = await open(temporary, 'w', 0o600);
    try {
      await file.writeFile(text, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  return Buffer.byteLength(text);
}
