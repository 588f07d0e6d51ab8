/**
 * The colour of each key status, shared by the lifecycle diagram (`docs/key-states.svg`, drawn by
 * `scripts/docs-key-states.ts`) and the inspector page, so a status looks the same in the guide and
 * in the tool. A pale fill with a dark border and dark text reads on a light and a dark page alike.
 */

/**
 * What a key's badge shows: the API's `KeyStatus`, or `deleted` for a key removed from listings.
 *
 * @example
 * ```ts
 * const shown: ShownStatus = key.deleted ? 'deleted' : key.status;
 * ```
 */
export type ShownStatus = 'active' | 'inactive' | 'expired' | 'revoked' | 'deleted';

/** The colours of one status. */
export interface StatusColours {
  /** The box's or badge's background. */
  readonly fill: string;
  /** Its border, and the colour of its text. */
  readonly stroke: string;
}

/**
 * The colours of every status: green works, amber is paused, slate ran out of time, red is refused
 * for good, grey is gone.
 *
 * @example
 * ```ts
 * const { fill, stroke } = KEY_STATUS_COLOURS.revoked; // '#fee2e2', '#b91c1c'
 * ```
 */
export const KEY_STATUS_COLOURS: Readonly<Record<ShownStatus, StatusColours>> = {
  active: { fill: '#dcfce7', stroke: '#15803d' },
  inactive: { fill: '#fef3c7', stroke: '#b45309' },
  expired: { fill: '#e2e8f0', stroke: '#475569' },
  revoked: { fill: '#fee2e2', stroke: '#b91c1c' },
  deleted: { fill: '#f4f4f5', stroke: '#71717a' },
};
