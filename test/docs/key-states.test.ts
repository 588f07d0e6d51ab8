import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { Keysmith, NotFoundError, type ApiKey } from 'keysmith';
import { createMockApi } from 'keysmith/mock';
import { KEY_STATE_DIAGRAM, renderStateDiagram, type TransitionAction } from '../../scripts/docs-key-states.ts';
import { ROOT } from './site-build.ts';

const spec = parse(readFileSync(join(ROOT, 'openapi.yaml'), 'utf8')) as {
  components: { schemas: { KeyStatus: { enum: string[] } } };
};
const HOUR = 3_600_000;

/** A mock, an admin client on it, and a key brought to `status` the way the diagram says. */
async function keyIn(
  status: string,
): Promise<{ mock: ReturnType<typeof createMockApi>; admin: Keysmith; key: ApiKey & { secret: string } }> {
  const mock = createMockApi({ now: '2026-11-01T09:00:00Z' });
  const admin = new Keysmith({ apiKey: mock.adminKey, fetch: (request) => mock.fetch(request) });
  const created = await admin.keys.create({
    name: 'diagram',
    permissions: ['keys:read'],
    expires_at: '2026-11-01T10:00:00Z',
  });
  if (status === 'inactive') await admin.keys.update(created.id, { status: 'inactive' });
  if (status === 'expired') mock.clock.advance(HOUR);
  if (status === 'revoked') await admin.keys.revoke(created.id);
  expect((await admin.keys.get(created.id)).status).toBe(status);
  return { mock, admin, key: created };
}

/** Does what an arrow's label says, on the mock. */
const ACTIONS: Record<TransitionAction, (context: Awaited<ReturnType<typeof keyIn>>) => Promise<void>> = {
  create: () => Promise.resolve(), // keyIn created it
  disable: async ({ admin, key }) => {
    await admin.keys.update(key.id, { status: 'inactive' });
  },
  enable: async ({ admin, key }) => {
    await admin.keys.update(key.id, { status: 'active' });
  },
  expire: ({ mock }) => {
    mock.clock.advance(HOUR);
    return Promise.resolve();
  },
  'extend-expiry': async ({ admin, key }) => {
    await admin.keys.update(key.id, { expires_at: '2026-12-01T00:00:00Z' });
  },
  revoke: async ({ admin, key }) => {
    await admin.keys.revoke(key.id);
  },
  delete: async ({ admin, key }) => {
    await admin.keys.delete(key.id);
  },
  regenerate: async ({ admin, key }) => {
    await admin.keys.regenerate(key.id);
  },
};

/** The state the key is in now, `deleted` when it is gone. */
async function stateOf({ admin, key }: Awaited<ReturnType<typeof keyIn>>): Promise<string> {
  try {
    return (await admin.keys.get(key.id)).status;
  } catch (error) {
    if (error instanceof NotFoundError) return 'deleted';
    throw error;
  }
}

describe('the key-state diagram', () => {
  test('docs/key-states.svg is what npm run docs:generate makes from its source', () => {
    expect(readFileSync(join(ROOT, 'docs/key-states.svg'), 'utf8'), 'run npm run docs:generate').toBe(
      renderStateDiagram(KEY_STATE_DIAGRAM),
    );
  });

  test("draws exactly the spec's key statuses, plus the deleted pseudo-state", () => {
    const statuses = KEY_STATE_DIAGRAM.states.filter((state) => !state.pseudo).map((state) => state.id);
    expect(statuses.sort()).toEqual([...spec.components.schemas.KeyStatus.enum].sort());
    expect(KEY_STATE_DIAGRAM.states.filter((state) => state.pseudo).map((state) => state.id)).toEqual(['deleted']);
  });

  test('connects only states it draws, and reaches every one of them', () => {
    const ids = new Set(KEY_STATE_DIAGRAM.states.map((state) => state.id));
    for (const transition of KEY_STATE_DIAGRAM.transitions) {
      if (transition.from !== null) expect(ids).toContain(transition.from);
      expect(ids).toContain(transition.to);
    }
    expect(new Set(KEY_STATE_DIAGRAM.transitions.map((transition) => transition.to))).toEqual(ids);
  });

  test('names each state and arrow in the picture', () => {
    const svg = renderStateDiagram(KEY_STATE_DIAGRAM);
    for (const state of KEY_STATE_DIAGRAM.states) expect(svg).toContain(`data-state="${state.id}"`);
    expect(svg.match(/class="transition"/g)).toHaveLength(KEY_STATE_DIAGRAM.transitions.length);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  test.each(
    KEY_STATE_DIAGRAM.transitions.map(
      (transition) => [`${transition.from ?? 'start'} → ${transition.to} (${transition.action})`, transition] as const,
    ),
  )('the mock moves a key %s as drawn', async (_name, transition) => {
    const context = await keyIn(transition.from ?? 'active');
    const before = context.key.secret;
    await ACTIONS[transition.action](context);
    expect(await stateOf(context)).toBe(transition.to);
    if (transition.action === 'regenerate') {
      const rotated = await context.admin.keys.get(context.key.id);
      expect(rotated.masked_key).not.toBe(context.key.masked_key);
      await expect(
        new Keysmith({ apiKey: before, fetch: (request) => context.mock.fetch(request) }).me(),
      ).rejects.toMatchObject({ code: 'revoked_api_key' });
    }
  });
});
