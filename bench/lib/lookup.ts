/**
 * Lookups that fail loudly: a benchmark that reads a contender or a sample that is not there has
 * a bug, and should say which instead of carrying `undefined` into a figure.
 */

/**
 * What `map` holds under `key`; throws when it holds nothing.
 *
 * @example
 * ```ts
 * summarize(micros(valueOf(gathered, 'keysmith'), 'cpu'));
 * ```
 */
export function valueOf<V>(map: ReadonlyMap<string, V>, key: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`nothing measured for ${key}`);
  return value;
}

/**
 * The item at `index` (negative counts from the end); throws when there is none.
 *
 * @example
 * ```ts
 * itemAt([3, 1, 2], -1); // 2
 * ```
 */
export function itemAt<T>(items: readonly T[], index: number): T {
  const item = items.at(index);
  if (item === undefined) throw new Error(`no item at ${index} of ${items.length}`);
  return item;
}
