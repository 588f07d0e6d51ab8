/**
 * `keysmith-mock secret ENVIRONMENT`: prints one fresh, valid secret of that environment (prefix,
 * random body, checksum), so that a seed file with keys a test knows can be written without any
 * Node code. Pure: it returns what to print and the exit code; `cli.ts` prints it.
 */
import { createSecret } from '../store/mint.js';
import type { Environment } from '../types.js';

/** The subcommand's name, the first argument. */
export const SECRET_COMMAND = 'secret';

const ENVIRONMENTS: readonly Environment[] = ['production', 'staging', 'development'];

/** What the subcommand prints, and how it exits. */
export interface SecretOutcome {
  code: 0 | 2;
  stdout: string;
  stderr: string;
}

/**
 * Runs `secret` with the arguments after it.
 *
 * @param randomBytes - the random source; tests pass a seeded one.
 */
export function runSecretCommand(args: readonly string[], randomBytes?: (count: number) => Uint8Array): SecretOutcome {
  const [environment, ...extra] = args;
  const known = ENVIRONMENTS.find((name) => name === environment);
  if (known === undefined || extra.length > 0) {
    const got = environment === undefined ? 'no environment' : [environment, ...extra].join(' ');
    return {
      code: 2,
      stdout: '',
      stderr: `keysmith-mock secret: needs one environment, ${ENVIRONMENTS.join(', ')} (got ${got}).\n`,
    };
  }
  return { code: 0, stdout: `${createSecret(known, randomBytes)}\n`, stderr: '' };
}
