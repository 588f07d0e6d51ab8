/**
 * What every command of the model run shares: how it names the keys it acts on (by position,
 * resolved when it runs, so a command reads `get(by admin, created[2]→key#5)` and never shows a
 * secret), and the check that ends every step.
 */
import type fc from 'fast-check';
import type { RealSystem } from './real-system.js';
import type { ModelKey, ReferenceModel } from './reference-model.js';

/**
 * A key a command acts on: one the run created, a seeded admin, or an id no key has.
 *
 * @example
 * ```ts
 * const ref: KeyRef = { pool: 'created', n: 3 }; // the 4th created key (modulo how many exist)
 * ```
 */
export interface KeyRef {
  pool: 'created' | 'seeded' | 'unknown';
  n: number;
}

/**
 * Who makes a request: the production admin, or a key the run created (with its scopes).
 *
 * @example
 * ```ts
 * const by: CallerRef = { pool: 'admin', n: 0 };
 * ```
 */
export interface CallerRef {
  pool: 'admin' | 'created';
  n: number;
}

/**
 * A well-formed id that no key has.
 *
 * @example
 * ```ts
 * await client.keys.get(UNKNOWN_ID); // 404
 * ```
 */
export const UNKNOWN_ID = 'key_0000000000000000';

/**
 * Steps run, over every run of the model test.
 *
 * @example
 * ```ts
 * console.log(`${stepCount.value} steps`);
 * ```
 */
export const stepCount = { value: 0 };

function created(model: ReferenceModel): ModelKey[] {
  return model.keys.filter((key) => key.operable && key.createdBy !== null);
}

/**
 * The `n`th item of a list, counting round it, so a position a command drew names an item
 * however long the list has grown. Throws on an empty list.
 *
 * @example
 * ```ts
 * nth(['a', 'b', 'c'], 4); // 'b'
 * ```
 */
export function nth<T>(items: readonly T[], n: number): T {
  const item = items[n % items.length];
  if (item === undefined) throw new Error(`no item ${n} in an empty list`);
  return item;
}

/**
 * The key `ref` names now, or `null` for an id no key has.
 *
 * @example
 * ```ts
 * const target = resolveKey(model, { pool: 'created', n: 0 });
 * ```
 */
export function resolveKey(model: ReferenceModel, ref: KeyRef): ModelKey | null {
  const pool =
    ref.pool === 'created'
      ? created(model)
      : ref.pool === 'seeded'
        ? model.keys.filter((key) => key.operable && key.createdBy === null)
        : [];
  return pool.length === 0 ? null : nth(pool, ref.n);
}

/**
 * The key `ref` makes its request with (the admin when the run created none yet).
 *
 * @example
 * ```ts
 * const caller = resolveCaller(model, { pool: 'created', n: 2 });
 * ```
 */
export function resolveCaller(model: ReferenceModel, ref: CallerRef): ModelKey {
  const keys = created(model);
  if (ref.pool === 'created' && keys.length > 0) return nth(keys, ref.n);
  const admin = model.keys.find((key) => key.operable && key.createdBy === null && key.environment === 'production');
  if (admin === undefined) throw new Error('the model holds no production admin key');
  return admin;
}

/**
 * How a command prints its references: by position, never by secret.
 *
 * @example
 * ```ts
 * showKey({ pool: 'created', n: 2 }); // "created[2]"
 * ```
 */
export const showKey = (ref: KeyRef): string => (ref.pool === 'unknown' ? 'unknown id' : `${ref.pool}[${ref.n}]`);
/** @see showKey */
export const showCaller = (ref: CallerRef): string => (ref.pool === 'admin' ? 'admin' : `created[${ref.n}]`);

/**
 * A command of the model run: it acts (predict with the model, call through the SDK, compare),
 * then the whole store is checked against the model. A failure names the step and lists the
 * sequence as it ran, with each reference resolved to its key's label.
 *
 * @example
 * ```ts
 * class Ping extends Step {
 *   protected describe() { return 'ping'; }
 *   protected async act(model: ReferenceModel, real: RealSystem) { await real.client(model.keys[0]!.secret).me(); }
 * }
 * ```
 */
export abstract class Step implements fc.AsyncCommand<ReferenceModel, RealSystem> {
  /** What the references resolved to in this run. */
  protected resolved = '';

  check(): boolean {
    return true;
  }

  async run(model: ReferenceModel, real: RealSystem): Promise<void> {
    this.resolved = '';
    try {
      await this.act(model, real);
      stepCount.value += 1;
      await real.verify(model, this.traced());
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const trace = [...real.trace, `→ ${this.traced()}`].map((line, index) => `  ${index + 1}. ${line}`).join('\n');
      throw new Error(`${message}\nThe sequence as it ran (keys by label, never by secret):\n${trace}`, {
        cause: error,
      });
    }
    real.trace.push(this.traced());
  }

  /** How fast-check prints the command in a counterexample. */
  toString(): string {
    return this.describe();
  }

  /** The command with what its references resolved to in this run. */
  protected traced(): string {
    return `${this.describe()}${this.resolved === '' ? '' : ` {${this.resolved}}`}`;
  }

  /** Notes what a reference resolved to, e.g. `key=key#4`. */
  protected note(name: string, key: ModelKey | null): void {
    this.resolved += `${this.resolved === '' ? '' : ', '}${name}=${key === null ? UNKNOWN_ID : key.label}`;
  }

  protected abstract describe(): string;
  protected abstract act(model: ReferenceModel, real: RealSystem): Promise<void>;
}
