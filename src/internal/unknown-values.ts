/**
 * Reading values of unknown shape — a parsed error body, whatever a fetch rejected with — without
 * trusting their type.
 *
 * @internal
 */

/** The value when it is a string, else `undefined`. */
export const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The value as a record of its properties when it is an object, else `undefined`. */
export const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
