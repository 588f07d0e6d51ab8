/**
 * Step 4, scope. Scopes are `resource:action`; `resource:*` covers every action on that resource
 * and `admin:*` covers everything. A call needs its operation's scope (403 `insufficient_scope`),
 * and a key can never hand out what it does not hold itself (the operations' `scope_escalation`).
 */

/** Whether the scopes `held` cover `wanted` (itself a scope, possibly a wildcard). */
export function covers(held: readonly string[], wanted: string): boolean {
  for (const scope of held) {
    if (scope === 'admin:*' || scope === wanted) return true;
    if (scope.endsWith(':*') && wanted.startsWith(scope.slice(0, -1))) return true;
  }
  return false;
}

/** The scopes among `wanted` that `held` does not cover, in the order given. */
export function uncovered(held: readonly string[], wanted: readonly string[]): string[] {
  return wanted.filter((scope) => !covers(held, scope));
}
