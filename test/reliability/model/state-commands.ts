/**
 * Commands that move a key through its life: revoke, regenerate (with or without a grace
 * period) and delete.
 */
import { inspectSecret, type ApiKey, type DeletedApiKey } from 'keysmith';
import { expect } from 'vitest';
import { expectedView, type RealSystem } from './real-system.js';
import { refused, RULES, type ModelKey, type Outcome, type ReferenceModel } from './reference-model.js';
import { expectOutcome, settle } from './outcome.js';
import {
  resolveCaller,
  resolveKey,
  showCaller,
  showKey,
  Step,
  UNKNOWN_ID,
  type CallerRef,
  type KeyRef,
} from './step.js';

/**
 * `keys.revoke`: for good, and idempotent.
 *
 * @example
 * ```ts
 * new RevokeKey({ pool: 'admin', n: 0 }, { pool: 'created', n: 0 });
 * ```
 */
export class RevokeKey extends Step {
  constructor(
    readonly caller: CallerRef,
    readonly target: KeyRef,
  ) {
    super();
  }

  protected describe(): string {
    return `revoke(by ${showCaller(this.caller)}, ${showKey(this.target)})`;
  }

  protected async act(model: ReferenceModel, real: RealSystem): Promise<void> {
    const caller = resolveCaller(model, this.caller);
    const target = resolveKey(model, this.target);
    this.note('by', caller);
    this.note('key', target);
    const admitted = model.admit(caller.secret, 'production', RULES.revoke);
    const found = target === null ? null : model.target(target.id);
    let predicted: Outcome<ApiKey>;
    if (!admitted.ok) predicted = admitted;
    else if (found === null) predicted = refused(404, 'not_found');
    else {
      model.revoke(found);
      predicted = { ok: true, value: expectedView(model, found) };
    }
    const result = await settle('revoke', () => real.client(caller.secret).keys.revoke(target?.id ?? UNKNOWN_ID));
    const key = expectOutcome(result, predicted, this.traced());
    if (key !== undefined && predicted.ok) expect(key, this.traced()).toEqual(predicted.value);
  }
}

/**
 * `keys.regenerate`: a new secret, the old one kept for the grace period (capped at the expiry).
 *
 * @example
 * ```ts
 * new RegenerateKey({ pool: 'admin', n: 0 }, { pool: 'created', n: 0 }, 600);
 * ```
 */
export class RegenerateKey extends Step {
  constructor(
    readonly caller: CallerRef,
    readonly target: KeyRef,
    readonly graceSeconds: number | undefined,
  ) {
    super();
  }

  protected describe(): string {
    return `regenerate(by ${showCaller(this.caller)}, ${showKey(this.target)}${this.graceSeconds === undefined ? '' : `, grace ${this.graceSeconds}s`})`;
  }

  protected async act(model: ReferenceModel, real: RealSystem): Promise<void> {
    const caller = resolveCaller(model, this.caller);
    const target = resolveKey(model, this.target);
    this.note('by', caller);
    this.note('key', target);
    const found = target === null ? null : model.target(target.id);
    const predicted = this.predict(model, caller, found);
    const params = this.graceSeconds === undefined ? undefined : { grace_period_seconds: this.graceSeconds };
    const result = await settle('regenerate', () =>
      real.client(caller.secret).keys.regenerate(target?.id ?? UNKNOWN_ID, params),
    );
    const made = expectOutcome(result, predicted, this.traced());
    if (made === undefined || found === null) return;

    const checked = inspectSecret(made.secret);
    expect(checked.ok && checked.environment, 'the new secret is well-formed, of the key environment').toBe(
      found.environment,
    );
    expect(model.allSecrets().includes(made.secret), 'the new secret was never issued before').toBe(false);
    model.regenerate(found, this.graceSeconds ?? 0, made.secret);
    // The view a read shows has no secret (toEqual skips a field set to undefined).
    expect({ ...made, secret: undefined }, this.traced()).toEqual(expectedView(model, found));
  }

  private predict(model: ReferenceModel, caller: ModelKey, target: ModelKey | null): Outcome {
    const admitted = model.admit(caller.secret, 'production', RULES.regenerate);
    if (!admitted.ok) return admitted;
    if (target === null) return refused(404, 'not_found');
    if (target.status === 'revoked') return refused(409, 'key_revoked');
    // Regenerating mints a secret of the key's environment, which only that environment's keys may do.
    if (target.environment !== 'production') return refused(403, 'environment_forbidden');
    if (model.escalates(caller, target.permissions)) return refused(403, 'scope_escalation');
    return { ok: true, value: undefined };
  }
}

/**
 * `keys.delete`: revokes if needed and hides the key; a second delete is a 404.
 *
 * @example
 * ```ts
 * new DeleteKey({ pool: 'admin', n: 0 }, { pool: 'created', n: 0 });
 * ```
 */
export class DeleteKey extends Step {
  constructor(
    readonly caller: CallerRef,
    readonly target: KeyRef,
  ) {
    super();
  }

  protected describe(): string {
    return `delete(by ${showCaller(this.caller)}, ${showKey(this.target)})`;
  }

  protected async act(model: ReferenceModel, real: RealSystem): Promise<void> {
    const caller = resolveCaller(model, this.caller);
    const target = resolveKey(model, this.target);
    this.note('by', caller);
    this.note('key', target);
    const admitted = model.admit(caller.secret, 'production', RULES.delete);
    const found = target === null ? null : model.target(target.id);
    let predicted: Outcome<DeletedApiKey>;
    if (!admitted.ok) predicted = admitted;
    else if (found === null) predicted = refused(404, 'not_found');
    else {
      model.revoke(found);
      found.deleted = true;
      predicted = { ok: true, value: { object: 'api_key', id: found.id, deleted: true } };
    }
    const result = await settle('delete', () => real.client(caller.secret).keys.delete(target?.id ?? UNKNOWN_ID));
    const answer = expectOutcome(result, predicted, this.traced());
    if (answer !== undefined && predicted.ok) expect(answer, this.traced()).toEqual(predicted.value);
  }
}
