import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { composeSecret } from '../../src/secret-format.js';
import { checkSeed, parseSeedText, readSeedFile } from '../../mock/node/seed-file.js';

const PROD = composeSecret('production', 'P'.repeat(32));
const STAGE = composeSecret('staging', 'S'.repeat(32));
const DEV = composeSecret('development', 'D'.repeat(32));
/** Right shape, wrong checksum. */
const MISTYPED = `${PROD.slice(0, -1)}${PROD.endsWith('A') ? 'B' : 'A'}`;

const dir = mkdtempSync(join(tmpdir(), 'keysmith-seed-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('checkSeed', () => {
  it('accepts a full seed and passes it through', () => {
    const seed = {
      now: '2026-11-01T09:00:00Z',
      plan: { per_minute: 10, per_hour: 100 },
      adminKeys: { production: PROD },
      keys: [
        {
          secret: DEV,
          id: 'key_0123456789abcdef',
          name: 'ci',
          description: null,
          permissions: ['keys:read'],
          status: 'inactive',
          rate_limit: { per_minute: 5 },
          expires_at: null,
          metadata: { team: 'qa' },
        },
      ],
      owner: { id: 'acct_1', name: 'Acme' },
    };
    expect(checkSeed(seed)).toEqual({ ok: true, seed });
  });

  it('accepts an empty object', () => {
    expect(checkSeed({})).toEqual({ ok: true, seed: {} });
  });

  it('refuses anything but an object', () => {
    expect(checkSeed([])).toEqual({ ok: false, problems: ['the file must hold a JSON object'] });
  });

  it('reports each problem by its path, worded as the API words a 400', () => {
    const result = checkSeed({
      now: 'tomorrow',
      plan: { per_minute: 0 },
      adminKeys: { staging: PROD, qa: DEV },
      keys: [{ secret: STAGE, status: 'deleted', id: 'nope' }, { name: 'no secret' }],
      extra: true,
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        'extra is not a known field (the fields are $schema, now, plan, adminKeys, keys, owner).',
        'now must be an RFC 3339 date-time string.',
        'plan.per_minute must be an integer from 1 to 1000000.',
        'adminKeys.qa is not a known field (the fields are production, staging, development).',
        'adminKeys.staging is a production secret (ks_prod_…); a staging admin key starts with ks_stage_. Make one with `keysmith-mock secret staging`.',
        'keys.0.status must be one of active, inactive, revoked.',
        'keys.0.id must be a string matching ^key_[0-9A-Za-z]{16}$.',
        'keys.1.secret is required.',
      ],
    });
  });

  it('says whose secret an admin key of the wrong environment is, and how to make the right one', () => {
    const result = checkSeed({ adminKeys: { production: STAGE, development: DEV, staging: 'ks_stage_short' } });
    expect(result).toEqual({
      ok: false,
      problems: [
        'adminKeys.production is a staging secret (ks_stage_…); a production admin key starts with ks_prod_. Make one with `keysmith-mock secret production`.',
        'adminKeys.staging must be a string matching ^ks_stage_[0-9A-Za-z]{38}$.',
      ],
    });
    expect(JSON.stringify(result)).not.toContain(STAGE.slice(9, 21));
    expect(checkSeed({ adminKeys: { constructor: STAGE } })).toEqual({
      ok: false,
      problems: ['adminKeys.constructor is not a known field (the fields are production, staging, development).'],
    });
  });

  it('refuses a date the calendar does not have, as the API does', () => {
    expect(checkSeed({ now: '2026-02-30T00:00:00Z' })).toEqual({
      ok: false,
      problems: ['now must be an RFC 3339 date-time string.'],
    });
    expect(checkSeed({ keys: [{ secret: DEV, expires_at: '2027-04-31T00:00:00Z' }] })).toMatchObject({ ok: false });
  });

  it('refuses a seed key field for what a create request would be refused for', () => {
    expect(checkSeed({ keys: [{ secret: DEV, metadata: { ['k'.repeat(41)]: 'v' } }] })).toEqual({
      ok: false,
      problems: ['keys.0.metadata field names must be a string of 1 to 40 characters.'],
    });
  });

  it('lets a seed file name its schema, for editors', () => {
    expect(
      checkSeed({ $schema: './node_modules/keysmith/schemas/seed-file.schema.json', now: '2026-11-01T09:00:00Z' }),
    ).toEqual({
      ok: true,
      seed: { now: '2026-11-01T09:00:00Z' },
    });
  });

  it('refuses a secret with a wrong checksum without quoting it', () => {
    const result = checkSeed({ keys: [{ secret: MISTYPED }] });
    expect(result).toEqual({
      ok: false,
      problems: ['keys.0.secret is not a valid Keysmith secret: its checksum is wrong (mistyped or cut short?).'],
    });
  });

  it('refuses a secret used twice and an id used twice', () => {
    const id = 'key_0123456789abcdef';
    const result = checkSeed({
      adminKeys: { production: PROD },
      keys: [
        { secret: PROD, id },
        { secret: DEV, id },
      ],
    });
    expect(result).toEqual({
      ok: false,
      problems: ['keys.0.secret repeats the secret of adminKeys.production.', 'keys.1.id repeats the id of keys.0.'],
    });
  });

  it('never prints a secret used as a field name', () => {
    const result = checkSeed({ [PROD]: true });
    expect(JSON.stringify(result)).not.toContain(PROD.slice(8, 20));
    expect(result).toEqual({
      ok: false,
      problems: [
        `ks_prod_••••${PROD.slice(-4)} is not a known field (the fields are $schema, now, plan, adminKeys, keys, owner).`,
      ],
    });
  });
});

describe('parseSeedText', () => {
  it('reports invalid JSON without quoting the text', () => {
    const result = parseSeedText(`{\n  "keys": [{ "secret": ${PROD} }]\n}`);
    expect(result).toEqual({ ok: false, problems: ["the file is not valid JSON: Unexpected token 'k'"] });
  });

  it('reports where the JSON breaks when the parser knows', () => {
    const result = parseSeedText(`{\n  "now": "2026-11-01T09:00:00Z",\n}`);
    expect(result).toEqual({
      ok: false,
      problems: ['the file is not valid JSON: Expected double-quoted property name (line 3, column 1)'],
    });
  });
});

describe('readSeedFile', () => {
  it('reads and checks a file', async () => {
    const path = join(dir, 'good.json');
    writeFileSync(path, JSON.stringify({ keys: [{ secret: DEV }] }));
    expect(await readSeedFile(path)).toEqual({ ok: true, seed: { keys: [{ secret: DEV }] } });
  });

  it('says when the file does not exist', async () => {
    expect(await readSeedFile(join(dir, 'missing.json'))).toEqual({ ok: false, problems: ['the file does not exist'] });
  });
});
