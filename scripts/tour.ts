/**
 * `npm start`: a tour of Keysmith. Starts the mock over HTTP on a free local port and drives the
 * SDK through a key's life — create, list, use, rate limits, a 429 retried, regenerate, revoke and
 * the 401 that follows — printing one numbered line per step, then stops the server and exits 0.
 *
 * Run in a terminal (stdout is a TTY), it keeps the mock running at the end and prints the address
 * of its inspector page, where the tour's keys and requests can be looked at, until Ctrl+C. Piped
 * or run by a script, it stops at once, as before.
 *
 * Secrets are printed masked (`ks_prod_••••a1b2`), even the one create returns: the API shows a
 * secret once so that you can store it, and a terminal log is not a place to store it.
 *
 * @example
 * ```sh
 * npm start
 * ```
 * @module
 */
import { AuthenticationError, Keysmith, maskSecret, type RetryEvent } from 'keysmith';
import { startMockServer } from 'keysmith/mock/node';

const GRACE_SECONDS = 60;
const RETRY_AFTER_SECONDS = 1;
const TITLE_WIDTH = 18;

let step = 0;
/** Prints one step: a number, a short title in a column of its own, then what happened. */
function say(title: string, ...lines: string[]): void {
  step += 1;
  const [first = '', ...rest] = lines;
  console.log(`${String(step).padStart(2)}. ${title.padEnd(TITLE_WIDTH)}${first}`);
  for (const line of rest) console.log(`${' '.repeat(TITLE_WIDTH + 4)}${line}`);
}

function formatTime(date: Date | undefined): string {
  return date === undefined ? '?' : date.toISOString().slice(11, 19) + 'Z';
}

/** Resolves on Ctrl+C (or a SIGTERM), which then stop the tour instead of killing it mid-close. */
function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => {
      resolve();
    });
    process.once('SIGTERM', () => {
      resolve();
    });
  });
}

async function tour(interactive: boolean): Promise<void> {
  const started = Date.now();
  const server = await startMockServer({ port: 0 });
  try {
    const { mock, url } = server;
    console.log(`Keysmith tour: the SDK against the mock at ${url}`);
    console.log(`Secrets are shown masked; the admin key is ${maskSecret(mock.adminKey)}.\n`);
    const admin = new Keysmith({ apiKey: mock.adminKey, baseUrl: url });

    const created = await admin.keys.create({
      name: 'Tour key',
      description: 'Made by npm start',
      permissions: ['keys:read', 'rate_limit:read'],
      rate_limit: { per_minute: 100, per_hour: 1000 },
      metadata: { source: 'tour' },
    });
    say(
      'create',
      `${created.id} "${created.name}" (${created.environment}) with ${created.permissions.join(', ')}`,
      `secret ${maskSecret(created.secret)}: returned once, by create; store it then (masked here)`,
    );

    const page = await admin.keys.list({ limit: 10 });
    say(
      'list',
      `${page.data.length} keys, masked labels only:`,
      ...page.data.map(
        (key) => `${key.masked_key.padEnd(17)} ${key.status.padEnd(8)} ${key.environment.padEnd(11)} ${key.name}`,
      ),
    );

    const retries: RetryEvent[] = [];
    const client = new Keysmith({
      apiKey: created.secret,
      baseUrl: url,
      onRetry: (event) => retries.push(event),
    });
    const { data: me, response, rateLimit, requestId } = await client.me().withResponse();
    say(
      'me()',
      `the new key answers: ${me.id} "${me.name}" ${me.masked_key}, owner ${me.owner.name}`,
      `request ${requestId ?? '?'}`,
    );

    const header = (name: string): string => response.headers.get(name) ?? '(none)';
    say(
      'rate limit',
      `X-RateLimit-Limit ${header('X-RateLimit-Limit')}, -Remaining ${header('X-RateLimit-Remaining')}, -Reset ${header('X-RateLimit-Reset')}`,
      `RateLimit ${header('RateLimit')}`,
      `parsed: ${rateLimit.remaining ?? '?'} of ${rateLimit.limit ?? '?'} left, window resets at ${formatTime(rateLimit.resetAt)}`,
    );

    mock.faults.inject({ status: 429, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } });
    const before = Date.now();
    const again = await client.me();
    const waited = Date.now() - before;
    const retry = retries[0];
    say(
      '429 and retry',
      `the mock answered 429 rate_limited with Retry-After: ${RETRY_AFTER_SECONDS}`,
      retry === undefined
        ? 'the SDK did not retry (unexpected)'
        : `onRetry: attempt ${retry.attempt} of ${retry.maxRetries} after ${retry.delayMs} ms (server-requested: ${retry.serverRequested})`,
      `then me() succeeded for ${again.id}, ${waited} ms after the first try`,
    );
    if (retry === undefined) throw new Error('The SDK did not retry the 429.');

    const rotated = await admin.keys.regenerate(created.id, { grace_period_seconds: GRACE_SECONDS });
    const rotatedClient = new Keysmith({ apiKey: rotated.secret, baseUrl: url });
    const withNew = await rotatedClient.me();
    const withOld = await client.me();
    mock.clock.advance((GRACE_SECONDS + 1) * 1000);
    const oldAfterGrace = await client.me().then(
      () => 'still accepted (unexpected)',
      (error: unknown) =>
        error instanceof AuthenticationError ? `refused: 401 ${error.code ?? '?'}` : `failed: ${String(error)}`,
    );
    say(
      'regenerate',
      `same id ${rotated.id}, new secret ${maskSecret(rotated.secret)} (old ${created.masked_key})`,
      `new secret works: ${withNew.masked_key}; old secret works for the ${GRACE_SECONDS} s grace period: ${withOld.id}`,
      `${GRACE_SECONDS + 1} s later on the mock clock, the old secret is ${oldAfterGrace}`,
    );

    const revoked = await admin.keys.revoke(created.id);
    say('revoke', `${revoked.id} is ${revoked.status} since ${revoked.revoked_at ?? '?'}`);

    try {
      await rotatedClient.me();
      throw new Error('The revoked key was accepted.');
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      say(
        '401 after revoke',
        `${error.name} ${error.status} ${error.code ?? '?'}, request ${error.requestId ?? '?'}`,
        error.message,
      );
    }

    const took = `Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`;
    if (!interactive) {
      console.log(`\n${took} The mock server is stopped.`);
      return;
    }
    console.log(`\n${took} The mock is still running: see the tour's keys and requests in its inspector,`);
    console.log(`  ${url}/__mock/`);
    console.log('Press Ctrl+C to stop.');
    await interrupted();
  } finally {
    await server.close();
  }
}

tour(process.stdout.isTTY).then(
  () => {
    process.exitCode = 0;
  },
  (error: unknown) => {
    console.error('The tour failed:', error);
    process.exitCode = 1;
  },
);
