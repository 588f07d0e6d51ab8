/**
 * Bounded sampling loops that hand the event loop a turn between batches, so timers, I/O
 * callbacks and finalizers a client schedules run where they would in a real program instead
 * of piling up until the loop ends.
 */

/**
 * Resolves on the next turn of the event loop (after pending I/O and timers of this tick).
 *
 * @example
 * ```ts
 * for (let i = 0; i < 1000; i++) { await call(); if (i % 100 === 0) await turn(); }
 * ```
 */
export function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * How {@link sampleCalls} samples: bounded in count and in time.
 *
 * @example
 * ```ts
 * const plan: SamplePlan = { warmupCalls: 2000, samples: 10, batch: 500, maxMs: 4000 };
 * ```
 */
export interface SamplePlan {
  /** Calls made before timing starts (JIT warm-up); also bounded by a quarter of `maxMs`. */
  warmupCalls: number;
  /** Timed batches. */
  samples: number;
  /** Calls per timed batch, awaited one after the other. */
  batch: number;
  /** Wall-clock bound of the whole loop, warm-up included. */
  maxMs: number;
}

/**
 * Nanoseconds per call, one figure per batch, on two clocks: `wall` (elapsed) and `cpu` (the
 * process's user + system time, which a busy machine does not inflate by descheduling it).
 *
 * @example
 * ```ts
 * const { cpu, wall }: Samples = await sampleCalls(call, plan);
 * ```
 */
export interface Samples {
  wall: number[];
  cpu: number[];
}

function cpuNs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) * 1000;
}

/**
 * Times `call` in batches. Stops early (with fewer samples) when `maxMs` runs out; always
 * returns at least one sample.
 *
 * @example
 * ```ts
 * const { cpu } = await sampleCalls(() => client.me(), { warmupCalls: 2000, samples: 10, batch: 500, maxMs: 4000 });
 * ```
 */
export async function sampleCalls(call: () => Promise<unknown>, plan: SamplePlan): Promise<Samples> {
  const start = performance.now();
  const warmupEnd = start + plan.maxMs / 4;
  for (let i = 0; i < plan.warmupCalls && performance.now() < warmupEnd; i++) {
    await call();
    if (i % 100 === 99) await turn();
  }
  const deadline = start + plan.maxMs;
  const samples: Samples = { wall: [], cpu: [] };
  for (let s = 0; s < plan.samples && (samples.wall.length === 0 || performance.now() < deadline); s++) {
    await turn();
    const wall0 = process.hrtime.bigint();
    const cpu0 = cpuNs();
    for (let i = 0; i < plan.batch; i++) await call();
    samples.cpu.push((cpuNs() - cpu0) / plan.batch);
    samples.wall.push(Number(process.hrtime.bigint() - wall0) / plan.batch);
  }
  return samples;
}
