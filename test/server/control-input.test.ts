import { describe, expect, it } from 'vitest';
import { MAX_DELAY_MS, parseClockCommand, parseFaultCommand, parseJsonObject } from '../../mock/node/control-input.js';

describe('parseJsonObject', () => {
  it('reads a JSON object', () => {
    expect(parseJsonObject(Buffer.from('{"advance_ms": 5}'))).toEqual({ ok: true, value: { advance_ms: 5 } });
  });

  it.each([
    ['an empty body', ''],
    ['invalid JSON', '{"advance_ms": }'],
    ['an array', '[1]'],
    ['null', 'null'],
  ])('answers 400 invalid_request for %s, without quoting the body', (_, text) => {
    const result = parseJsonObject(Buffer.from(text));
    expect(result).toMatchObject({ ok: false, error: { status: 400, code: 'invalid_request' } });
    if (!result.ok && text.length > 4) expect(result.error.message).not.toContain(text);
  });
});

describe('parseClockCommand', () => {
  it('reads advance_ms', () => {
    expect(parseClockCommand({ advance_ms: 60_000 })).toEqual({ ok: true, value: { advanceMs: 60_000 } });
  });

  it('reads set as an RFC 3339 date-time', () => {
    expect(parseClockCommand({ set: '2026-11-01T12:00:00+02:00' })).toEqual({
      ok: true,
      value: { set: new Date('2026-11-01T10:00:00Z') },
    });
  });

  it.each([
    [{}, undefined],
    [{ advance_ms: 1, set: '2026-11-01T00:00:00Z' }, undefined],
  ])('wants exactly one of advance_ms and set (%j)', (body, param) => {
    const result = parseClockCommand(body);
    expect(result).toMatchObject({ ok: false, error: { status: 400, code: 'invalid_request' } });
    if (!result.ok) expect(result.error.param).toBe(param);
  });

  it.each([[-1], [1.5], ['60'], [Number.MAX_VALUE]])('refuses advance_ms %j, naming the field', (advance_ms) => {
    expect(parseClockCommand({ advance_ms })).toMatchObject({
      ok: false,
      error: { code: 'validation_error', param: 'advance_ms' },
    });
  });

  it.each([['yesterday'], ['2026-11-01'], ['2026-13-45T00:00:00Z'], ['2026-02-30T00:00:00Z'], [1_700_000_000_000]])(
    'refuses set %j, naming the field',
    (set) => {
      expect(parseClockCommand({ set })).toMatchObject({
        ok: false,
        error: { code: 'validation_error', param: 'set' },
      });
    },
  );

  it('names an unknown field', () => {
    expect(parseClockCommand({ advanceMs: 5 })).toMatchObject({
      ok: false,
      error: { code: 'validation_error', param: 'advanceMs' },
    });
  });
});

describe('parseFaultCommand', () => {
  it('reads a status fault with headers and a body, count defaulting to 1', () => {
    expect(parseFaultCommand({ fault: { status: 503, headers: { 'Retry-After': '1' }, body: { x: 1 } } })).toEqual({
      ok: true,
      value: { fault: { status: 503, headers: { 'Retry-After': '1' }, body: { x: 1 } }, count: 1 },
    });
  });

  it('reads afterCommit on status and network faults', () => {
    expect(parseFaultCommand({ fault: { network: true, afterCommit: true } })).toEqual({
      ok: true,
      value: { fault: { network: true, afterCommit: true }, count: 1 },
    });
    expect(parseFaultCommand({ fault: { status: 500, afterCommit: false } })).toEqual({
      ok: true,
      value: { fault: { status: 500, afterCommit: false }, count: 1 },
    });
  });

  it('reads a network fault and a delay with a count', () => {
    expect(parseFaultCommand({ fault: { network: true }, count: 3 })).toEqual({
      ok: true,
      value: { fault: { network: true }, count: 3 },
    });
    expect(parseFaultCommand({ fault: { delayMs: 250 } })).toEqual({
      ok: true,
      value: { fault: { delayMs: 250 }, count: 1 },
    });
  });

  it.each([
    [{}, 'fault'],
    [{ fault: 'boom' }, 'fault'],
    [{ fault: {} }, 'fault'],
    [{ fault: { status: 503, network: true } }, 'fault'],
    [{ fault: { status: 99 } }, 'fault.status'],
    [{ fault: { status: '503' } }, 'fault.status'],
    [{ fault: { status: 503, headers: { 'Bad Name': 'x' } } }, 'fault.headers'],
    [{ fault: { status: 503, headers: { 'X-A': 1 } } }, 'fault.headers.X-A'],
    [{ fault: { status: 503, headers: { 'X-A': 'line\nbreak' } } }, 'fault.headers.X-A'],
    [{ fault: { status: 503, extra: 1 } }, 'fault.extra'],
    [{ fault: { network: false } }, 'fault.network'],
    [{ fault: { network: true, status: 1 } }, 'fault'],
    [{ fault: { network: true, afterCommit: 'yes' } }, 'fault.afterCommit'],
    [{ fault: { network: true, extra: 1 } }, 'fault.extra'],
    [{ fault: { delayMs: 5, afterCommit: true } }, 'fault.afterCommit'],
    [{ fault: { delayMs: -1 } }, 'fault.delayMs'],
    [{ fault: { delayMs: MAX_DELAY_MS + 1 } }, 'fault.delayMs'],
    [{ fault: { network: true }, count: 0 }, 'count'],
    [{ fault: { network: true }, count: 2.5 }, 'count'],
    [{ fault: { network: true }, times: 2 }, 'times'],
  ])('refuses %j, naming %s', (body, param) => {
    expect(parseFaultCommand(body)).toMatchObject({
      ok: false,
      error: { status: 400, code: 'validation_error', param },
    });
  });

  it('does not echo an unknown field whose name is not a plain identifier', () => {
    const result = parseFaultCommand({ fault: { network: true }, 'ks_prod_0123456789 secret-ish': 1 });
    expect(result).toMatchObject({ ok: false, error: { status: 400 } });
    expect(JSON.stringify(result)).not.toContain('ks_prod_');
  });
});
