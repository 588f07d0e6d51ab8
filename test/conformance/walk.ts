/**
 * The stateful walk: fast-check generates sequences of steps (`arbitraries.ts`) and runs each
 * against a `keysmith-mock` server over real HTTP on 127.0.0.1 (`startMockServer` from
 * `keysmith/mock/node`), checking every answer (`oracles.ts`, `state-oracles.ts`). A failing
 * sequence is shrunk, and its error carries a curl reproduction with secrets masked.
 */
import fc from 'fast-check';
import type { MockApi } from 'keysmith/mock';
import { startMockServer, type MockServer } from 'keysmith/mock/node';
import { step, type CallStep, type Step } from './arbitraries.js';
import { curlReproduction } from './curl-repro.js';
import { call, control, newTallies, Violation, type Real, type Tallies } from './exchange.js';
import { ENVIRONMENTS, moveClock, newModel, PATH_PREFIX, resetModel, type Environment, type Model } from './model.js';
import { resolveCall, type Resolved } from './request.js';
import { specOperation } from './spec-operations.js';
import { checkIdempotency, learn, unchanged } from './state-oracles.js';

/** The seed the server starts from: a frozen clock, and a plan that a walk reaches now and then. */
export const WALK_SEED = { now: '2026-11-01T09:00:00Z', plan: { per_minute: 120, per_hour: 3000 } };
const LATEST_CLOCK_MS = Date.UTC(9999, 11, 24);

async function runCall(step: CallStep, model: Model, real: Real): Promise<void> {
  await send(resolveCall(step, model), model, real);
}

async function send(resolved: Resolved, model: Model, real: Real): Promise<void> {
  if (resolved.sent.headers.some(([name]) => name === 'Idempotency-Key')) real.retryable.push(resolved);
  const { received, faulted } = await call(real, model, resolved.operation, resolved.sent, resolved.expected);
  const replay = checkIdempotency(real, model, resolved, received, faulted);
  if (faulted || replay) return;
  if (received.status < 300) {
    // The reproduction captures what a create or regenerate handed out, for the requests that use it.
    const { secret, id } = JSON.parse(received.text) as { secret?: unknown; id?: unknown };
    const exchange = real.exchanges.find((sent) => sent.sent === resolved.sent);
    if (exchange !== undefined && typeof secret === 'string' && typeof id === 'string')
      exchange.handedOut = { secret, id };
    await learn(real, model, resolved, received);
  } else if (received.status < 500 && resolved.target !== null && resolved.operation.method !== 'GET') {
    await unchanged(real, model, resolved.target);
  }
}

/** Every key listed to an environment's admin, page by page (bounded), against the model. */
async function listAll(environment: Environment, model: Model, real: Real): Promise<void> {
  const listed = new Set<string>();
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const query: string = cursor === null ? '' : `&starting_after=${cursor}`;
    const { received, faulted } = await call(real, model, specOperation('listApiKeys'), {
      method: 'GET',
      path: `${PATH_PREFIX[environment]}/v1/api-keys?limit=100${query}`,
      headers: [
        ['Authorization', `Bearer ${model.admins[environment].secret}`],
        ['Keysmith-Version', '2026-11-01'],
      ],
      body: null,
    });
    if (faulted || received.status !== 200) return;
    const body = JSON.parse(received.text) as { data: { id: string }[]; next_cursor: string | null };
    for (const key of body.data) listed.add(key.id);
    if (body.next_cursor === null) break;
    cursor = body.next_cursor;
  }
  const admins = new Set(Object.values(model.admins).map((admin) => admin.id));
  for (const key of model.keys)
    if (listed.has(key.id) === key.deleted)
      throw new Violation(`${key.id} is ${key.deleted ? 'deleted but listed' : 'made but not listed'}`);
  const known = new Set(model.keys.map((key) => key.id));
  for (const id of listed)
    if (!known.has(id) && !admins.has(id))
      throw new Violation(`${id} is listed, but no answer made it (a refused create?)`);
}

async function run(step: Step, model: Model, real: Real): Promise<void> {
  switch (step.kind) {
    case 'call':
      return runCall(step, model, real);
    case 'advance': {
      const ms = Math.min(step.ms, LATEST_CLOCK_MS - model.now);
      const { now } = (await control(real, 'POST', 'clock', { advance_ms: ms })) as { now: string };
      moveClock(model, Date.parse(now));
      return;
    }
    case 'set-clock': {
      const at = new Date(Math.max(0, model.now + step.offsetMs)).toISOString();
      const { now } = (await control(real, 'POST', 'clock', { set: at })) as { now: string };
      moveClock(model, Date.parse(now));
      return;
    }
    case 'reset':
      await control(real, 'POST', 'reset');
      resetModel(model);
      real.retryable = [];
      return;
    case 'fault':
      await control(real, 'POST', 'faults', { fault: { status: step.status }, count: 1 });
      model.pendingFaults.push(step.status);
      return;
    case 'retry': {
      const earlier = real.retryable.at(-1 - step.back);
      if (earlier !== undefined) await send({ ...earlier, sent: { ...earlier.sent } }, model, real);
      return;
    }
    case 'list-all':
      return listAll(ENVIRONMENTS[step.environment] ?? 'production', model, real);
  }
}

class StepCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly step: Step) {}
  check(): boolean {
    return true;
  }
  async run(model: Model, real: Real): Promise<void> {
    await run(this.step, model, real);
  }
  toString(): string {
    return JSON.stringify(this.step, (_, value: unknown) =>
      typeof value === 'string' && value.length > 60 ? `${value.slice(0, 60)}…` : value,
    );
  }
}

/** The server a walk runs against, with what the model needs to know of it from the start. */
interface Arena {
  server: MockServer;
  admins: Model['admins'];
}

/** A reproducible byte source (xorshift32): with it the mock mints the same ids and secrets on every run of a seed. */
function seededBytes(seed: number): (count: number) => Uint8Array {
  let state = seed >>> 0 || 1;
  return (count) =>
    Uint8Array.from({ length: count }, () => {
      state ^= state << 13;
      state >>>= 0;
      state ^= state >>> 17;
      state ^= state << 5;
      state >>>= 0;
      return state & 0xff;
    });
}

async function openArena(seed: number): Promise<Arena> {
  const server = await startMockServer({ port: 0, host: '127.0.0.1', randomBytes: seededBytes(seed), ...WALK_SEED });
  const admins = {} as Record<Environment, { secret: string; id: string }>;
  for (const environment of ENVIRONMENTS) {
    const secret = server.mock.adminKeys[environment];
    const me = await fetch(`${server.url}${PATH_PREFIX[environment]}/v1/me`, {
      headers: { Authorization: `Bearer ${secret}` },
    });
    admins[environment] = { secret, id: ((await me.json()) as { id: string }).id };
  }
  return { server, admins };
}

/** How a conformance run went. */
export interface WalkReport extends Tallies {
  seed: number;
  sequences: number;
}

/** Test-only hooks of a walk. */
export interface WalkOptions {
  /** Runs on the mock after each sequence's reset: a test of the walk itself breaks the mock here. */
  sabotage?: (mock: MockApi) => void;
}

/**
 * Walks `sequences` random step sequences (up to `maxSteps` each) from `seed`.
 *
 * @throws the shrunk failure, with a curl reproduction, when any check fails.
 */
export async function conformanceWalk(
  seed: number,
  sequences: number,
  maxSteps: number,
  options: WalkOptions = {},
): Promise<WalkReport> {
  const arena = await openArena(seed);
  const tallies = newTallies();
  try {
    await fc.assert(
      fc.asyncProperty(
        fc.commands([step().map((s) => new StepCommand(s))], { maxCommands: maxSteps, size: 'max' }),
        async (commands) => {
          const real: Real = {
            base: arena.server.url,
            tallies,
            exchanges: [],
            retryable: [],
            pieces: { count: 0, set: new Set() },
          };
          await control(real, 'POST', 'reset');
          options.sabotage?.(arena.server.mock);
          const model = newModel(Date.parse(WALK_SEED.now), arena.admins);
          try {
            await fc.asyncModelRun(() => ({ model, real }), commands);
          } catch (error) {
            if (!(error instanceof Error)) throw error;
            const admins = Object.fromEntries(
              ENVIRONMENTS.map((environment) => [environment, arena.admins[environment].secret]),
            );
            error.message += `\n\nReproduction (seed ${seed}):\n${curlReproduction(real.exchanges, WALK_SEED, admins)}`;
            throw error;
          }
        },
      ),
      { seed, numRuns: sequences, endOnFailure: false },
    );
  } finally {
    await arena.server.close();
  }
  return { ...tallies, seed, sequences };
}
