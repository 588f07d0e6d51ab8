/**
 * Commands that create, read, list and change keys, each predicted by the model first.
 */
import {
  inspectSecret,
  type ApiKey,
  type CreateApiKeyParams,
  type KeyStatus,
  type Scope,
  type UpdateApiKeyParams,
} from 'keysmith';
import { expect } from 'vitest';
import { expectedView, type RealSystem } from './real-system.js';
import { PLAN, refused, RULES, type ModelKey, type Outcome, type ReferenceModel } from './reference-model.js';
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
 * Rate limits a command asks for: small, so windows run out within a run.
 *
 * @example
 * ```ts
 * const limits: RateLimitSpec = { per_minute: 2, per_hour: 5 };
 * ```
 */
export interface RateLimitSpec {
  per_minute?: number;
  per_hour?: number;
}

const iso = (ms: number): string => new Date(ms).toISOString();
const expiryText = (seconds: number | null | undefined): string =>
  seconds === undefined ? '' : seconds === null ? ', never expires' : `, expires in ${seconds}s`;
const rateText = (limits: RateLimitSpec | undefined): string =>
  limits === undefined ? '' : `, rate ${limits.per_minute ?? '-'}/min ${limits.per_hour ?? '-'}/h`;

/** `expires_at` for a number of seconds from the model's now. */
function expiresAt(model: ReferenceModel, seconds: number | null): string | null {
  return seconds === null ? null : iso(model.now + seconds * 1000);
}

/** The validation the generated inputs can fail: an empty name, an empty rate limit, a past expiry. */
function invalid(
  name: string | undefined,
  limits: RateLimitSpec | undefined,
  expiresIn: number | null | undefined,
): boolean {
  return (
    name === '' ||
    (limits !== undefined && Object.keys(limits).length === 0) ||
    (typeof expiresIn === 'number' && expiresIn <= 0)
  );
}

/**
 * The fields of a create; `expiresIn` is seconds from now (`null` for never, `undefined` to leave it out).
 *
 * @example
 * ```ts
 * const spec: CreateSpec = { caller: { pool: 'admin', n: 0 }, name: 'ci', permissions: ['keys:read'], rateLimit: undefined, expiresIn: 3_600, environment: undefined };
 * ```
 */
export interface CreateSpec {
  caller: CallerRef;
  name: string;
  permissions: Scope[];
  rateLimit: RateLimitSpec | undefined;
  expiresIn: number | null | undefined;
  environment: 'staging' | undefined;
}

/**
 * `keys.create`: the new key's record, secret and defaults, or the refusal the model predicts.
 *
 * @example
 * ```ts
 * new CreateKey({ caller: { pool: 'created', n: 1 }, name: '', permissions: [], rateLimit: {}, expiresIn: -60, environment: undefined }); // a 400
 * ```
 */
export class CreateKey extends Step {
  constructor(readonly spec: CreateSpec) {
    super();
  }

  protected describe(): string {
    const { caller, name, permissions, rateLimit, expiresIn, environment } = this.spec;
    return `create(by ${showCaller(caller)}, name ${JSON.stringify(name)}, [${permissions.join(' ')}]${rateText(rateLimit)}${expiryText(expiresIn)}${environment ? `, in ${environment}` : ''})`;
  }

  protected async act(model: ReferenceModel, real: RealSystem): Promise<void> {
    const { spec } = this;
    const caller = resolveCaller(model, spec.caller);
    this.note('by', caller);
    const params: CreateApiKeyParams = { name: spec.name, permissions: spec.permissions };
    if (spec.rateLimit !== undefined) params.rate_limit = spec.rateLimit;
    if (spec.expiresIn !== undefined) params.expires_at = expiresAt(model, spec.expiresIn);
    if (spec.environment !== undefined) params.environment = spec.environment;

    const predicted = this.predict(model, caller);
    const result = await settle('create', () => real.client(caller.secret).keys.create(params));
    const made = expectOutcome(result, predicted, this.traced());
    if (made === undefined) return;

    const checked = inspectSecret(made.secret);
    expect(checked.ok && checked.environment, 'the new secret is a well-formed production secret').toBe('production');
    expect(model.allSecrets().includes(made.secret), 'the new secret was never issued before').toBe(false);
    expect(model.byId(made.id), 'the new id is fresh').toBeUndefined();
    const key = model.add({
      id: made.id,
      environment: 'production',
      createdBy: caller.id,
      createdAt: model.now,
      name: spec.name,
      description: null,
      permissions: [...new Set(spec.permissions)],
      status: 'active',
      expiresAt: typeof spec.expiresIn === 'number' ? model.now + spec.expiresIn * 1000 : null,
      perMinute: spec.rateLimit?.per_minute ?? PLAN.per_minute,
      perHour: spec.rateLimit?.per_hour ?? PLAN.per_hour,
      secret: made.secret,
      operable: true,
    });
    this.note('new', key);
    // The view a read shows has no secret (toEqual skips a field set to undefined).
    expect({ ...made, secret: undefined }, this.traced()).toEqual(expectedView(model, key));
  }

  private predict(model: ReferenceModel, caller: ModelKey): Outcome {
    const admitted = model.admit(caller.secret, 'production', RULES.create);
    if (!admitted.ok) return admitted;
    if (invalid(this.spec.name, this.spec.rateLimit, this.spec.expiresIn)) return refused(400, 'validation_error');
    if (this.spec.environment !== undefined) return refused(403, 'environment_forbidden');
    if (model.escalates(caller, this.spec.permissions)) return refused(403, 'scope_escalation');
    return { ok: true, value: undefined };
  }
}

/**
 * `keys.get`: the key as the model sees it, or a 404 for an unknown or deleted id.
 *
 * @example
 * ```ts
 * new GetKey({ pool: 'admin', n: 0 }, { pool: 'created', n: 1 });
 * ```
 */
export class GetKey extends Step {
  constructor(
    readonly caller: CallerRef,
    readonly target: KeyRef,
  ) {
    super();
  }

  protected describe(): string {
    return `get(by ${showCaller(this.caller)}, ${showKey(this.target)})`;
  }

  protected async act(model: ReferenceModel, real: RealSystem): Promise<void> {
    const caller = resolveCaller(model, this.caller);
    const target = resolveKey(model, this.target);
    this.note('by', caller);
    this.note('key', target);
    const admitted = model.admit(caller.secret, 'production', RULES.get);
    const found = target === null ? null : model.target(target.id);
    const predicted: Outcome<ApiKey> = !admitted.ok
      ? admitted
      : found === null
        ? refused(404, 'not_found')
        : { ok: true, value: expectedView(model, found) };
    const result = await settle('get', () => real.client(caller.secret).keys.get(target?.id ?? UNKNOWN_ID));
    const key = expectOutcome(result, predicted, this.traced());
    if (key !== undefined && predicted.ok) expect(key, this.traced()).toEqual(predicted.value);
  }
}

/**
 * `keys.list` walked to the end with `for await`, page by page (a 429 may stop it between pages).
 *
 * @example
 * ```ts
 * new ListKeys({ pool: 'admin', n: 0 }, 2, 'active');
 * ```
 */
export class ListKeys extends Step {
  constructor(
    readonly caller: CallerRef,
    readonly limit: number | undefined,
    readonly status: KeyStatus | undefined,
  ) {
    super();
  }

  protected describe(): string {
    return `list(by ${showCaller(this.caller)}${this.limit === undefined ? '' : `, limit ${this.limit}`}${this.status === undefined ? '' : `, status ${this.status}`}, every page)`;
  }

  protected async act(model: ReferenceModel, real: RealSystem): Promise<void> {
    const caller = resolveCaller(model, this.caller);
    this.note('by', caller);
    const listed = model.listed(this.status);
    const pageSize = this.limit ?? 20;
    // Page by page: a 429 can stop the walk between two pages. Bounded: every pass adds a page
    // until the pages cover the listing.
    let predicted: Outcome = { ok: true, value: undefined };
    let pages = 0;
    for (;;) {
      const admitted = model.admit(caller.secret, 'production', RULES.list);
      if (!admitted.ok) {
        predicted = admitted;
        break;
      }
      pages += 1;
      if (listed.length <= pages * pageSize) break;
    }
    const params = {
      ...(this.limit === undefined ? {} : { limit: this.limit }),
      ...(this.status === undefined ? {} : { status: this.status }),
    };
    const seen: ApiKey[] = [];
    const result = await settle('list', async () => {
      for await (const key of real.client(caller.secret).keys.list(params)) seen.push(key);
    });
    expectOutcome(result, predicted, this.traced());
    const expected = listed.slice(0, predicted.ok ? listed.length : pages * pageSize);
    expect(
      seen.map((key) => `${key.id} ${key.status}`),
      this.traced(),
    ).toEqual(expected.map((key) => `${key.id} ${model.statusOf(key)}`));
  }
}

/**
 * The fields of an update; `expiresIn` is seconds from now (or `null` for never).
 *
 * @example
 * ```ts
 * const changes: UpdateSpec = { status: 'inactive', expiresIn: 90 };
 * ```
 */
export interface UpdateSpec {
  name?: string;
  status?: 'active' | 'inactive';
  permissions?: Scope[];
  expiresIn?: number | null;
  rateLimit?: RateLimitSpec;
}

/**
 * `keys.update`: validation, 404, 409 for a revoked key, escalation, then the changes.
 *
 * @example
 * ```ts
 * new UpdateKey({ pool: 'admin', n: 0 }, { pool: 'created', n: 0 }, { status: 'inactive' });
 * ```
 */
export class UpdateKey extends Step {
  constructor(
    readonly caller: CallerRef,
    readonly target: KeyRef,
    readonly changes: UpdateSpec,
  ) {
    super();
  }

  protected describe(): string {
    const { name, status, permissions, expiresIn, rateLimit } = this.changes;
    const parts = [
      name === undefined ? '' : `name ${JSON.stringify(name)}`,
      status ?? '',
      permissions === undefined ? '' : `[${permissions.join(' ')}]`,
      rateText(rateLimit).slice(2),
      expiryText(expiresIn).slice(2),
    ].filter((part) => part !== '');
    return `update(by ${showCaller(this.caller)}, ${showKey(this.target)}, {${parts.join(', ')}})`;
  }

  protected async act(model: ReferenceModel, real: RealSystem): Promise<void> {
    const caller = resolveCaller(model, this.caller);
    const target = resolveKey(model, this.target);
    this.note('by', caller);
    this.note('key', target);
    const { changes } = this;
    const body: UpdateApiKeyParams = {};
    if (changes.name !== undefined) body.name = changes.name;
    if (changes.status !== undefined) body.status = changes.status;
    if (changes.permissions !== undefined) body.permissions = changes.permissions;
    if (changes.rateLimit !== undefined) body.rate_limit = changes.rateLimit;
    if (changes.expiresIn !== undefined) body.expires_at = expiresAt(model, changes.expiresIn);

    const predicted = this.predict(
      model,
      caller,
      target === null ? null : model.target(target.id),
      Object.keys(body).length === 0,
    );
    const result = await settle('update', () => real.client(caller.secret).keys.update(target?.id ?? UNKNOWN_ID, body));
    const key = expectOutcome(result, predicted, this.traced());
    if (key !== undefined && predicted.ok) expect(key, this.traced()).toEqual(predicted.value);
  }

  private predict(model: ReferenceModel, caller: ModelKey, target: ModelKey | null, empty: boolean): Outcome<ApiKey> {
    const admitted = model.admit(caller.secret, 'production', RULES.update);
    if (!admitted.ok) return admitted;
    const { changes } = this;
    if (empty || invalid(changes.name, changes.rateLimit, changes.expiresIn)) return refused(400, 'validation_error');
    if (target === null) return refused(404, 'not_found');
    if (target.status === 'revoked') return refused(409, 'key_revoked');
    if (changes.permissions !== undefined && model.escalates(caller, changes.permissions))
      return refused(403, 'scope_escalation');
    if (changes.name !== undefined) target.name = changes.name;
    if (changes.permissions !== undefined) target.permissions = [...new Set(changes.permissions)];
    if (changes.status !== undefined) target.status = changes.status;
    if (changes.rateLimit !== undefined) {
      // The rate limit is replaced whole: a quota left out takes the plan's.
      target.perMinute = changes.rateLimit.per_minute ?? PLAN.per_minute;
      target.perHour = changes.rateLimit.per_hour ?? PLAN.per_hour;
    }
    if (changes.expiresIn !== undefined)
      target.expiresAt = changes.expiresIn === null ? null : model.now + changes.expiresIn * 1000;
    target.updatedAt = model.now;
    return { ok: true, value: expectedView(model, target) };
  }
}
