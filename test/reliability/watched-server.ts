/**
 * The mock server every HTTP reliability suite starts: on 127.0.0.1:0, at the suites' clock start,
 * with roomy limits; its admin secrets are known to the leak scan, and every error the server
 * reports is both kept for the suite to assert on and handed to the leak scan.
 */
import { startMockServer, type MockServer } from 'keysmith/mock/node';
import { ROOMY_PLAN, START } from './fixtures.js';
import { leaks } from './leak-collector.js';

/**
 * @example
 * ```ts
 * const { server, serverErrors } = await startWatchedServer('bursts');
 * expect(serverErrors).toEqual([]);
 * ```
 */
export async function startWatchedServer(label: string): Promise<{ server: MockServer; serverErrors: unknown[] }> {
  const serverErrors: unknown[] = [];
  const server = await startMockServer({
    port: 0,
    now: START,
    plan: ROOMY_PLAN,
    onError: (error) => {
      serverErrors.push(error);
      leaks.serverError(label, error);
    },
  });
  for (const secret of Object.values(server.mock.adminKeys)) leaks.secret(secret);
  return { server, serverErrors };
}
