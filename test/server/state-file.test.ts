import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockApi } from 'keysmith/mock';
import { afterAll, describe, expect, it } from 'vitest';
import { readStateFile, writeStateFile } from '../../mock/node/state-file.js';

const dir = mkdtempSync(join(tmpdir(), 'keysmith-state-file-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the state file', () => {
  it('is replaced whole by a write (a temporary file renamed over it), leaving no temporary file', async () => {
    const file = join(dir, 'state.json');
    writeFileSync(file, 'the previous state');
    const snapshot = createMockApi({ now: '2026-11-01T00:00:00Z' }).snapshot();
    const bytes = await writeStateFile(file, snapshot);
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(snapshot)}\n`);
    expect(bytes).toBe(readFileSync(file).length);
    expect(readdirSync(dir)).toEqual(['state.json']);
    expect(await readStateFile(file)).toEqual({ kind: 'loaded', snapshot });
  });

  it('leaves nothing behind when the write fails', async () => {
    await expect(writeStateFile(join(dir, 'no-such-folder', 'state.json'), createMockApi().snapshot())).rejects.toThrow(
      'ENOENT',
    );
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('reads as absent when there is no file, and refuses one it cannot read', async () => {
    expect(await readStateFile(join(dir, 'missing.json'))).toEqual({ kind: 'absent' });
    expect(await readStateFile(dir)).toEqual({ kind: 'refused', problem: 'it cannot be read (EISDIR)' });
  });
});
