/**
 * The generated table of retry defaults in docs/retries-and-rate-limits.md: the values come from
 * the SDK's `RETRY_DEFAULTS`, the words from the map below, which must name every default to
 * compile. `npm run docs:generate` writes it; test/docs/guides.test.ts fails when it is stale.
 *
 * @module
 */
import { RETRY_DEFAULTS } from 'keysmith';

/**
 * The name of the generated part of docs/retries-and-rate-limits.md.
 *
 * @example
 * ```ts
 * replaceGenerated(markdown, RETRY_DEFAULTS_TABLE, renderRetryDefaults());
 * ```
 */
export const RETRY_DEFAULTS_TABLE = 'retry defaults';

/**
 * How one default reads in the guide.
 *
 * @example
 * ```ts
 * const note: DefaultNote = { option: 'maxRetries', unit: 'count', text: 'Retries after the first attempt.' };
 * ```
 */
export interface DefaultNote {
  /** The client option that changes it, or `null` when it is fixed. */
  readonly option: string | null;
  /** How to print the value. */
  readonly unit: 'count' | 'ms' | 'share';
  /** What it does. */
  readonly text: string;
}

/**
 * What each of `RETRY_DEFAULTS` means.
 *
 * @example
 * ```ts
 * RETRY_DEFAULT_NOTES.timeoutMs.option; // "timeout"
 * ```
 */
export const RETRY_DEFAULT_NOTES = {
  maxRetries: {
    option: 'maxRetries',
    unit: 'count',
    text: 'Retries after the first attempt. Per call too; `0` turns retrying off.',
  },
  initialDelayMs: {
    option: null,
    unit: 'ms',
    text: 'The first backoff, when the server asked for no particular wait; each retry doubles it.',
  },
  maxDelayMs: { option: null, unit: 'ms', text: 'The longest backoff.' },
  jitter: {
    option: null,
    unit: 'share',
    text: 'Up to this share of each backoff is taken off at random, so clients that failed together do not retry together.',
  },
  maxRetryAfterMs: {
    option: 'maxRetryAfter',
    unit: 'ms',
    text: 'The longest wait a server may ask for that the client sits out; a longer one fails the call at once.',
  },
  timeoutMs: {
    option: 'timeout',
    unit: 'ms',
    text: 'Per attempt, until the response headers arrive. Also caps every wait: the backoff, and any server-requested wait (a longer one fails at once). Per call too.',
  },
} as const satisfies Record<keyof typeof RETRY_DEFAULTS, DefaultNote>;

function format(value: number, unit: DefaultNote['unit']): string {
  if (unit === 'share') return `${Math.round(value * 100)} %`;
  const grouped = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return unit === 'ms' ? `${grouped} ms` : grouped;
}

/**
 * The Markdown table of every retry default.
 *
 * @example
 * ```ts
 * const table = renderRetryDefaults();
 * ```
 */
export function renderRetryDefaults(): string {
  const rows = (Object.keys(RETRY_DEFAULT_NOTES) as (keyof typeof RETRY_DEFAULT_NOTES)[]).map((name) => {
    const note: DefaultNote = RETRY_DEFAULT_NOTES[name];
    const option = note.option === null ? 'fixed' : `\`${note.option}\``;
    return `| \`${name}\` | ${format(RETRY_DEFAULTS[name], note.unit)} | ${option} | ${note.text} |`;
  });
  return ['| `RETRY_DEFAULTS` | value | client option | what it does |', '| --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
}
