import { describe, expect, it } from 'vitest';
import { watchParent } from '../../mock/node/parent-watch.js';
import { createShutdown, type ShutdownSteps } from '../../mock/node/shutdown.js';
import { until } from './cli-process.js';

function recorder(save?: () => Promise<string>): { steps: ShutdownSteps; events: string[] } {
  const events: string[] = [];
  return {
    events,
    steps: {
      close: async () => {
        events.push('close');
        await Promise.resolve();
      },
      ...(save === undefined ? {} : { save }),
      report: (message) => events.push(`report: ${message}`),
      exit: (code) => events.push(`exit ${code}`),
    },
  };
}

describe('the shutdown', () => {
  it('closes the server, then saves the state, then exits 0', async () => {
    const { steps, events } = recorder(async () => {
      events.push('save');
      await Promise.resolve();
      return 'state saved';
    });
    await createShutdown(steps)('SIGTERM');
    expect(events).toEqual(['close', 'save', 'report: stopped (SIGTERM); state saved', 'exit 0']);
  });

  it('runs once however many signals arrive', async () => {
    const { steps, events } = recorder();
    const shutdown = createShutdown(steps);
    await Promise.all([shutdown('SIGINT'), shutdown('SIGINT'), shutdown('parent gone')]);
    expect(events).toEqual(['close', 'report: stopped (SIGINT)', 'exit 0']);
  });

  it('exits 1, saying why, when the state cannot be written', async () => {
    const { steps, events } = recorder(() => Promise.reject(new Error('ENOSPC: no space left on device')));
    await createShutdown(steps)('parent gone');
    expect(events).toEqual([
      'close',
      'report: stopped (parent gone), but cannot write the state: ENOSPC: no space left on device',
      'exit 1',
    ]);
  });
});

describe('watching the parent', () => {
  it('calls back once when the parent pid changes, and not before', async () => {
    let parent = 4242;
    let checks = 0;
    let gone = 0;
    watchParent(() => gone++, {
      intervalMs: 1,
      parentPid: () => {
        checks++;
        return parent;
      },
    });
    await until(() => checks > 3, 'a few checks');
    expect(gone).toBe(0);
    parent = 1;
    await until(() => gone > 0, 'the callback');
    const after = checks;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([gone, checks]).toEqual([1, after]);
  });

  it('watches nothing when started by init itself', async () => {
    let checks = 0;
    const stop = watchParent(() => {}, {
      intervalMs: 1,
      parentPid: () => {
        checks++;
        return 1;
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(checks).toBe(1);
    stop();
  });
});
