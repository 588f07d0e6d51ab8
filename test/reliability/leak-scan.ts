/**
 * The last suite of the run: everything the other suites showed a user went through the leak
 * collector as it happened; this adds the SDK's own offline refusals of real secrets, then
 * asserts that no text held a secret or an Authorization value, and prints the counts.
 */
import { inspect } from 'node:util';
import { Keysmith } from 'keysmith';
import { createSecret } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { seededBytes } from './fixtures.js';
import { leaks } from './leak-collector.js';

describe('leak scan over the whole run', () => {
  test('no response, header, error, hook event, log line or request-log entry holds a secret or an Authorization value', () => {
    // The SDK's own refusals quote the key they refuse: only masked, never whole.
    const secret = createSecret('production', seededBytes(0x1eaf));
    leaks.secret(secret);
    const attempts: (() => unknown)[] = [
      () => new Keysmith({ apiKey: secret.slice(0, -1) }),
      () => new Keysmith({ apiKey: `${secret}x` }),
      () => new Keysmith({ apiKey: ` ${secret}` }),
      () => new Keysmith({ apiKey: secret, environment: 'staging' }),
      () => new Keysmith({ apiKey: secret, baseUrl: 'https://api.staging.keysmith.example' }),
    ];
    for (const attempt of attempts) {
      try {
        attempt();
      } catch (error) {
        leaks.error('offline refusal', error);
      }
    }
    const client = new Keysmith({ apiKey: secret });
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- on purpose: however the client is printed, no secret shows
    leaks.text('client printed', `${String(client)} ${JSON.stringify(client)} ${inspect(client)}`);

    const { counts } = leaks;
    console.log(
      `leak scan: ${leaks.hits.length} hits in ${counts.texts} texts (${(counts.bytes / 1e6).toFixed(1)} MB): ${counts.responses} responses, ${counts.errors} errors, ${counts.hookEvents} hook events, ${counts.logLines} log lines, ${counts.requestLogEntries} request-log entries, ${counts.serverErrors} server errors; looked for ${leaks.secrets.size} secrets and ${leaks.tokens.size} other Authorization values`,
    );
    expect(leaks.sample()).toEqual([]);
    expect(counts.serverErrors, 'unexpected exceptions the mock servers reported').toBe(0);
    expect(counts.errors).toBeGreaterThan(0);
    expect(leaks.secrets.size).toBeGreaterThan(0);
  });
});
