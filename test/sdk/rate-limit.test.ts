import { assert, describe, expect, it } from 'vitest';
import { parseRateLimit } from 'keysmith';

const NOW = Date.UTC(2026, 10, 1, 12, 0, 0);
const NOW_S = NOW / 1000;
const HTTP_NOW = new Date(NOW).toUTCString();

function parse(headers: Record<string, string>, now = NOW) {
  return parseRateLimit(new Headers(headers), now);
}

describe('parseRateLimit', () => {
  it('returns every field undefined when the headers say nothing', () => {
    expect(parse({ 'content-type': 'application/json' })).toEqual({
      limit: undefined,
      remaining: undefined,
      resetAt: undefined,
      retryAfterMs: undefined,
      policies: undefined,
    });
  });

  describe('X-RateLimit-*', () => {
    it('reads limit, remaining and a reset in epoch seconds', () => {
      const info = parse({
        'X-RateLimit-Limit': '100',
        'X-RateLimit-Remaining': '99',
        'X-RateLimit-Reset': String(NOW_S + 60),
      });
      expect(info.limit).toBe(100);
      expect(info.remaining).toBe(99);
      expect(info.resetAt?.getTime()).toBe(NOW + 60_000);
    });

    it('reads a small reset as delta seconds from now', () => {
      expect(parse({ 'X-RateLimit-Reset': '42' }).resetAt?.getTime()).toBe(NOW + 42_000);
    });

    it("moves an epoch reset onto the local clock by the Date header's offset", () => {
      // The server's clock runs 30 s ahead of ours: its reset is 60 s after its Date, so 60 s from now.
      const serverNow = NOW + 30_000;
      const info = parse({
        Date: new Date(serverNow).toUTCString(),
        'X-RateLimit-Reset': String(serverNow / 1000 + 60),
      });
      expect(info.resetAt?.getTime()).toBe(NOW + 60_000);
    });

    it('tells epoch from delta against the Date header rather than the local clock', () => {
      // A local clock set to 1970 would otherwise read an epoch reset as a delta.
      const info = parseRateLimit(new Headers({ Date: HTTP_NOW, 'X-RateLimit-Reset': String(NOW_S + 10) }), 0);
      expect(info.resetAt?.getTime()).toBe(10_000);
    });

    it('treats a value of ten years of seconds or less before the reference as a delta', () => {
      const tenYearsS = 10 * 365 * 24 * 3600;
      expect(parse({ 'X-RateLimit-Reset': String(NOW_S - tenYearsS) }).resetAt?.getTime()).toBe(
        NOW + (NOW_S - tenYearsS) * 1000,
      );
      expect(parse({ 'X-RateLimit-Reset': String(NOW_S - tenYearsS + 1) }).resetAt?.getTime()).toBe(
        NOW - tenYearsS * 1000 + 1000,
      );
    });

    it('accepts a fractional reset', () => {
      expect(parse({ 'X-RateLimit-Reset': '1.5' }).resetAt?.getTime()).toBe(NOW + 1500);
    });
  });

  describe('the IETF draft-10 RateLimit-Policy and RateLimit fields', () => {
    it('takes the policy with the fewest requests left as the tightest', () => {
      const info = parse({
        'RateLimit-Policy': '"minute";q=100;w=60, "hour";q=1000;w=3600',
        RateLimit: '"minute";r=99;t=60, "hour";r=5;t=1800',
      });
      expect(info).toMatchObject({ limit: 1000, remaining: 5 });
      expect(info.resetAt?.getTime()).toBe(NOW + 1_800_000);
      expect(info.policies).toEqual([
        { name: 'minute', quota: 100, windowSeconds: 60, remaining: 99, resetAt: new Date(NOW + 60_000) },
        { name: 'hour', quota: 1000, windowSeconds: 3600, remaining: 5, resetAt: new Date(NOW + 1_800_000) },
      ]);
    });

    it('breaks a tie in remaining by the later reset', () => {
      const info = parse({ RateLimit: '"minute";r=0;t=30, "hour";r=0;t=900' });
      expect(info.remaining).toBe(0);
      expect(info.resetAt?.getTime()).toBe(NOW + 900_000);
    });

    it('wins over X-RateLimit-* and fills missing fields from them', () => {
      const info = parse({
        RateLimit: '"minute";r=3;t=10',
        'X-RateLimit-Limit': '77',
        'X-RateLimit-Remaining': '50',
        'X-RateLimit-Reset': '50',
      });
      expect(info).toMatchObject({ limit: 77, remaining: 3 });
      expect(info.resetAt?.getTime()).toBe(NOW + 10_000);
    });

    it('reads token names, escaped strings and unknown parameters', () => {
      const info = parse({
        'RateLimit-Policy': 'burst;q=10;w=1;qu="requests", "a \\"quoted\\" name";q=5;w=60;pk=:AbC=:',
        RateLimit: 'burst;r=9;t=1, "a \\"quoted\\" name";r=4;t=30',
      });
      expect(info.policies?.map((p) => [p.name, p.quota, p.remaining])).toEqual([
        ['burst', 10, 9],
        ['a "quoted" name', 5, 4],
      ]);
      expect(info.remaining).toBe(4);
    });

    it("reads the draft's own example, whose partition key is a byte sequence", () => {
      const info = parse({ 'RateLimit-Policy': '"peruser";q=100;w=60;pk=:cHsdsRa894==:' });
      expect(info.policies).toEqual([
        { name: 'peruser', quota: 100, windowSeconds: 60, remaining: undefined, resetAt: undefined },
      ]);
    });

    it('reads members whose parameters are booleans, dates, tokens and decimals', () => {
      const info = parse({
        'RateLimit-Policy': '"day";q=1000;w=86400;strict;soft=?0;since=@1700000000;unit=req;ratio=0.5',
        RateLimit: '"day";r=999;t=3600',
      });
      expect(info.policies?.map((p) => [p.name, p.quota, p.windowSeconds, p.remaining])).toEqual([
        ['day', 1000, 86400, 999],
      ]);
    });

    it('skips malformed members and keeps the well-formed ones', () => {
      const info = parse({
        RateLimit: ';;;, "ok";r=7;t=5, "neg";r=-3;t=1, "bad";r=abc, 12;r=1, "x";R=1, "unterminated;r=0',
      });
      expect(info.policies?.map((p) => [p.name, p.remaining])).toEqual([
        ['ok', 7],
        ['neg', undefined],
        ['bad', undefined],
      ]);
      expect(info.remaining).toBe(7);
    });

    it('lists policies from RateLimit-Policy alone without inventing a remaining count', () => {
      const info = parse({ 'RateLimit-Policy': '"minute";q=100;w=60' });
      expect(info.remaining).toBeUndefined();
      expect(info.policies).toEqual([
        { name: 'minute', quota: 100, windowSeconds: 60, remaining: undefined, resetAt: undefined },
      ]);
    });
  });

  describe('the older RateLimit-Limit / -Remaining / -Reset fields', () => {
    it('reads them, with a quota-policy suffix on the limit and a delta reset', () => {
      const info = parse({ 'RateLimit-Limit': '100, 100;w=60', 'RateLimit-Remaining': '40', 'RateLimit-Reset': '20' });
      expect(info).toMatchObject({ limit: 100, remaining: 40 });
      expect(info.resetAt?.getTime()).toBe(NOW + 20_000);
    });

    it('wins over X-RateLimit-*', () => {
      expect(parse({ 'RateLimit-Remaining': '1', 'X-RateLimit-Remaining': '2' }).remaining).toBe(1);
    });
  });

  describe('Retry-After and retry-after-ms', () => {
    it('reads Retry-After in seconds', () => {
      expect(parse({ 'Retry-After': '30' }).retryAfterMs).toBe(30_000);
    });

    it('reads Retry-After as an HTTP date, against the Date header', () => {
      const info = parse({ Date: HTTP_NOW, 'Retry-After': new Date(NOW + 120_000).toUTCString() }, NOW + 5_000);
      expect(info.retryAfterMs).toBe(120_000);
    });

    it('reads Retry-After as an HTTP date against now when there is no Date header', () => {
      expect(parse({ 'Retry-After': new Date(NOW + 45_000).toUTCString() }).retryAfterMs).toBe(45_000);
    });

    it('clamps a Retry-After date in the past to zero', () => {
      expect(parse({ 'Retry-After': new Date(NOW - 45_000).toUTCString() }).retryAfterMs).toBe(0);
    });

    it('prefers retry-after-ms, rounding it up to a whole millisecond', () => {
      expect(parse({ 'retry-after-ms': '1500.2', 'Retry-After': '30' }).retryAfterMs).toBe(1501);
    });
  });

  it('ignores malformed values instead of throwing', () => {
    const info = parse({
      'X-RateLimit-Limit': 'lots',
      'X-RateLimit-Remaining': '-1',
      'X-RateLimit-Reset': 'soon',
      'Retry-After': '1.5',
      'retry-after-ms': 'NaN',
      Date: 'yesterday-ish',
      RateLimit: '!!!',
      'RateLimit-Policy': '',
    });
    expect(info).toEqual({
      limit: undefined,
      remaining: undefined,
      resetAt: undefined,
      retryAfterMs: undefined,
      policies: undefined,
    });
  });

  it('reads a plain header record case-insensitively, joining repeated values', () => {
    const info = parseRateLimit(
      { 'x-ratelimit-remaining': '3', RateLimit: ['"a";r=9;t=1', '"b";r=2;t=2'], 'Retry-After': undefined },
      NOW,
    );
    expect(info.remaining).toBe(2);
    expect(info.policies).toHaveLength(2);
    expect(info.retryAfterMs).toBeUndefined();
  });

  it('accepts now as a Date and defaults it to the current time', () => {
    expect(parseRateLimit(new Headers({ 'X-RateLimit-Reset': '10' }), new Date(NOW)).resetAt?.getTime()).toBe(
      NOW + 10_000,
    );
    const before = Date.now();
    const { resetAt } = parseRateLimit(new Headers({ 'X-RateLimit-Reset': '10' }));
    assert.exists(resetAt);
    expect(resetAt.getTime()).toBeGreaterThanOrEqual(before + 10_000);
  });
});
