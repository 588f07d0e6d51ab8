/**
 * Mutations of a JSON value, aimed at one of its nodes: a wrong type, a field dropped or added, a
 * string or number pushed past an edge, an item repeated, keys reordered (which must change
 * nothing). The result may still be valid; the tests ask an oracle which it is.
 */
import fc from 'fast-check';
import { NEAR_MISS_DATE_TIMES } from './date-time-values.js';

/** What to do to the chosen node. */
export type Mutation =
  | { kind: 'replace'; with: unknown }
  | { kind: 'wrong-type' }
  | { kind: 'drop-field' }
  | { kind: 'add-field'; name: string; value: unknown }
  | { kind: 'string-edge'; pick: number }
  | { kind: 'number-edge'; pick: number }
  | { kind: 'repeat-item' }
  | { kind: 'grow-array' }
  | { kind: 'reorder-keys' };

/** One mutation, and the node (in depth-first order, wrapping round) it hits. */
export interface AimedMutation {
  node: number;
  mutation: Mutation;
}

const STRING_EDGES = [
  '',
  ' ',
  'x'.repeat(101),
  'y'.repeat(501),
  'KEYS:READ',
  'keys:',
  'key_short',
  'key_0123456789abcdeF!',
  '\u0000',
  '🔑'.repeat(60),
  'ks_prod_',
  ...NEAR_MISS_DATE_TIMES,
];
const NUMBER_EDGES = [0, -1, 0.5, 1e21, -0, 2 ** 53, 1_000_001, 100_000_001, 604_801, 101];

/**
 * Arbitrary mutations; field names include unicode and names close to real ones (`nmae`, `cursor`).
 *
 * @example
 * ```ts
 * const broken = fc.sample(fc.tuple(value, aimedMutation()), 1).map(([v, m]) => mutate(v, m));
 * ```
 */
export function aimedMutation(): fc.Arbitrary<AimedMutation> {
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), with: fc.jsonValue({ maxDepth: 2 }) }),
    fc.constant({ kind: 'wrong-type' as const }),
    fc.constant({ kind: 'drop-field' as const }),
    fc.record({
      kind: fc.constant('add-field' as const),
      name: fc.oneof(fc.constantFrom('nmae', 'cursor', 'extra', 'Name', '__proto__', 'constructor'), fc.string()),
      value: fc.jsonValue({ maxDepth: 1 }),
    }),
    fc.record({ kind: fc.constant('string-edge' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('number-edge' as const), pick: fc.nat() }),
    fc.constant({ kind: 'repeat-item' as const }),
    fc.constant({ kind: 'grow-array' as const }),
    fc.constant({ kind: 'reorder-keys' as const }),
  );
  return fc.record({ node: fc.nat(), mutation });
}

function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 0 && /^\d+$/.test(value) ? Number(value) : 7;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 0;
  if (value === null) return false;
  if (Array.isArray(value)) return Object.fromEntries(value.map((item, i) => [String(i), item]));
  return Object.values(value as object);
}

function mutateNode(value: unknown, mutation: Mutation): unknown {
  const items: readonly unknown[] | null = Array.isArray(value) ? value : null;
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  switch (mutation.kind) {
    case 'replace':
      return mutation.with;
    case 'wrong-type':
      return wrongType(value);
    case 'drop-field': {
      if (!isObject) return value;
      const keys = Object.keys(value);
      return Object.fromEntries(Object.entries(value).filter(([key]) => key !== keys[keys.length - 1]));
    }
    case 'add-field':
      // defineProperty: `__proto__` must become a real own field, as JSON.parse makes it.
      return isObject
        ? Object.defineProperty({ ...value }, mutation.name, {
            value: mutation.value,
            enumerable: true,
            writable: true,
            configurable: true,
          })
        : value;
    case 'string-edge':
      return STRING_EDGES[mutation.pick % STRING_EDGES.length];
    case 'number-edge':
      return NUMBER_EDGES[mutation.pick % NUMBER_EDGES.length];
    case 'repeat-item':
      // The copy has its keys in another order: a duplicate all the same.
      return items !== null && items.length > 0 ? [...items, reorder(items[0])] : value;
    case 'grow-array':
      return items !== null && items.length > 0 ? Array.from({ length: 51 }, (_, i) => items[i % items.length]) : value;
    case 'reorder-keys':
      return isObject
        ? Object.fromEntries(
            Object.entries(value)
              .reverse()
              .map(([key, inner]) => [key, reorder(inner)]),
          )
        : value;
  }
}

/** The same value with every object's keys in reverse order. */
function reorder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reorder);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, inner]) => [key, reorder(inner)]),
  );
}

/** Every node of a value, depth first, with a way to put a new value in its place. */
function nodesOf(root: unknown): { value: unknown; replace: (next: unknown) => unknown }[] {
  const nodes: { value: unknown; replace: (next: unknown) => unknown }[] = [];
  const walk = (value: unknown, rebuild: (next: unknown) => unknown): void => {
    nodes.push({ value, replace: rebuild });
    if (Array.isArray(value)) {
      const items: readonly unknown[] = value;
      items.forEach((item, i) => {
        walk(item, (next) => rebuild(items.map((old, j) => (j === i ? next : old))));
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        walk(inner, (next) =>
          rebuild(
            next === undefined
              ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== key))
              : Object.fromEntries(Object.entries(value).map(([k, old]) => [k, k === key ? next : old])),
          ),
        );
      }
    }
  };
  walk(root, (next) => next);
  return nodes;
}

/**
 * `value` with `aimed.mutation` applied to its `aimed.node`-th node (depth first, wrapping round);
 * a node mutated to `undefined` is removed from its object.
 */
export function mutate(value: unknown, aimed: AimedMutation): unknown {
  const nodes = nodesOf(value);
  const target = nodes[aimed.node % nodes.length];
  if (target === undefined) return value;
  return target.replace(mutateNode(target.value, aimed.mutation));
}
