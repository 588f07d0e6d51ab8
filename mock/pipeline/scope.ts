/**
 * Scopes are `resource:action`; `resource:*` covers every action on that resource and `admin:*`
 * covers everything. A key can never hand out what it does not hold itself.
 */

/**
 * Whether the scopes `held` cover `wanted` (itself a scope, possibly a wildcard).
 *
 * @example
 * ```ts
 * covers(['keys:*'], 'keys:write'); // true
 * covers(['keys:read'], 'keys:*'); // false
 * ```
 */
export function covers(held: readonly string[], wanted: string): boolean {
  for (const scope of held) {
    if (scope === 'admin:*' || scope === wanted) return true;
    if (scope.endsWith(':*') && wanted.startsWith(scope.slice(0, -1))) return true;
  }
  return false;
}

/**
 * The scopes among `wanted` that `held` does not cover, in the order given.
 *
 * @example
 * ```ts
 * uncovered(['keys:read'], ['keys:read', 'keys:write']); // ["keys:write"]
 * ```
 */
export function uncovered(held: readonly string[], wanted: readonly string[]): string[] {
  return wanted.filter((scope) => !covers(held, scope));
}
