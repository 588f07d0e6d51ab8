import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, USAGE, parseCliArgs } from '../../mock/node/cli-args.js';

describe('parseCliArgs', () => {
  it('serves on 127.0.0.1:4010 without a seed by default', () => {
    expect(parseCliArgs([])).toEqual({
      kind: 'serve',
      port: DEFAULT_PORT,
      host: '127.0.0.1',
      seed: undefined,
      state: undefined,
      detached: false,
    });
    expect(DEFAULT_PORT).toBe(4010);
  });

  it('reads --port, --host and --seed', () => {
    expect(parseCliArgs(['--port', '0', '--host', '::1', '--seed', 'keys.json'])).toEqual({
      kind: 'serve',
      port: 0,
      host: '::1',
      seed: 'keys.json',
      state: undefined,
      detached: false,
    });
    expect(parseCliArgs(['--port=8080'])).toMatchObject({ kind: 'serve', port: 8080 });
  });

  it('reads --state and --detached, and refuses an empty state path', () => {
    expect(parseCliArgs(['--state', '.mock-state.json', '--detached'])).toMatchObject({
      kind: 'serve',
      state: '.mock-state.json',
      detached: true,
    });
    expect(parseCliArgs(['--state='])).toEqual({ kind: 'error', message: '--state needs a file path.' });
  });

  it('asks for help with --help or -h, whatever else is given', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['-h', '--port', '1'])).toEqual({ kind: 'help' });
  });

  it.each([['-1'], ['65536'], ['abc'], ['4010.5'], ['']])('refuses --port %j', (port) => {
    expect(parseCliArgs([`--port=${port}`])).toEqual({
      kind: 'error',
      message: '--port must be an integer from 0 to 65535.',
    });
  });

  it('refuses an unknown flag and a stray argument', () => {
    expect(parseCliArgs(['--prot', '1'])).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('--prot') as string,
    });
    expect(parseCliArgs(['serve'])).toMatchObject({ kind: 'error' });
  });

  it('refuses a flag missing its value', () => {
    expect(parseCliArgs(['--seed'])).toMatchObject({ kind: 'error' });
  });
});

describe('USAGE', () => {
  it('documents every flag, every environment prefix and every control', () => {
    for (const text of [
      '--port',
      '--host',
      '--seed',
      '--help',
      '/staging/v1/',
      '/development/v1/',
      '/__mock/reset',
      '/__mock/clock',
      '/__mock/faults',
      '/__mock/requests',
      '/__mock/keys',
    ]) {
      expect(USAGE).toContain(text);
    }
  });
});
