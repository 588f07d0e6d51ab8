/**
 * The one way `keysmith-mock` ends once it serves: SIGINT, SIGTERM, SIGHUP and a vanished parent
 * all call the same shutdown, so every exit closes the server first (no request changes the state
 * after it is saved), then writes `--state`, then exits. Calling it again while it runs changes
 * nothing: a second Ctrl+C cannot cut a state file in half.
 */

/** What a shutdown does, in order; injected so the order is tested without a process. */
export interface ShutdownSteps {
  /** Stops serving and drops open connections. */
  close(): Promise<void>;
  /** Writes the state, when `--state` was given; resolves with what was written, for the log. */
  save?: () => Promise<string>;
  /** Says what happened (one line), or which step failed. */
  report(message: string): void;
  /** Ends the process with this code. */
  exit(code: number): void;
}

/** Why the mock stops, for the report. */
export type ShutdownReason = 'SIGINT' | 'SIGTERM' | 'SIGHUP' | 'parent gone';

/** Creates the shutdown; every call after the first returns the first one's promise. */
export function createShutdown(steps: ShutdownSteps): (reason: ShutdownReason) => Promise<void> {
  let running: Promise<void> | undefined;
  const run = async (reason: ShutdownReason): Promise<void> => {
    await steps.close();
    let saved = '';
    if (steps.save !== undefined) {
      try {
        saved = `; ${await steps.save()}`;
      } catch (error) {
        steps.report(`stopped (${reason}), but cannot write the state: ${(error as Error).message}`);
        steps.exit(1);
        return;
      }
    }
    steps.report(`stopped (${reason})${saved}`);
    steps.exit(0);
  };
  return (reason) => (running ??= run(reason));
}
