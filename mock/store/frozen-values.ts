/**
 * Shared immutable values: at 100,000 keys, one `['keys:read']` array and one `{}` for all of
 * them instead of one each keeps a stored key well under a kilobyte. Per mock instance (an
 * interner is created by `createMockApi`), so nothing is shared across mocks.
 */

/** The metadata of a key that has none. Frozen, so sharing it is safe. */
export const NO_METADATA: Readonly<Record<string, string>> = Object.freeze({});

/** Frozen copies of metadata, sharing one object for the empty case. */
export function frozenMetadata(
  metadata: Readonly<Record<string, string>> | undefined,
): Readonly<Record<string, string>> {
  if (metadata === undefined) return NO_METADATA;
  const entries = Object.entries(metadata);
  // fromEntries defines own properties, so a `__proto__` field stays a field.
  return entries.length === 0 ? NO_METADATA : Object.freeze(Object.fromEntries(entries));
}

/** Turns a scope list into a frozen, duplicate-free list shared by every key with the same scopes. */
export type ScopeInterner = (scopes: readonly string[]) => readonly string[];

/** Creates an interner for scope lists. Lists keep their first-given order. */
export function createScopeInterner(): ScopeInterner {
  const lists = new Map<string, readonly string[]>();
  return (scopes) => {
    const unique = [...new Set(scopes)];
    const id = unique.join(' ');
    let list = lists.get(id);
    if (list === undefined) {
      list = Object.freeze(unique);
      lists.set(id, list);
    }
    return list;
  };
}
