/**
 * Polling, the page's live mechanism: every `intervalMs`, one tick at a time (a slow answer never
 * piles up a second request behind it), paused while the tab is hidden, and at once on demand
 * (after a control, or when a filter changes).
 */

/** What the poller tells the page about itself. */
export type PollState = 'live' | 'paused' | 'down';

/** A running poller. */
export interface Poller {
  /** Runs a tick now (or right after the one in flight). */
  refresh(): void;
}

/** Starts polling; `tick` rejects when the mock cannot be reached. */
export function startPolling(
  tick: () => Promise<void>,
  intervalMs: number,
  onState: (state: PollState) => void,
): Poller {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;

  const schedule = (): void => {
    clearTimeout(timer);
    if (document.hidden) {
      onState('paused');
      return;
    }
    timer = setTimeout(run, intervalMs);
  };
  const run = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    clearTimeout(timer);
    tick()
      .then(
        () => {
          onState('live');
        },
        () => {
          onState('down');
        },
      )
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          run();
        } else schedule();
      });
  };

  document.addEventListener('visibilitychange', () => {
    if (document.hidden) schedule();
    else run();
  });
  run();
  return { refresh: run };
}
