/**
 * tsc over a consumer project, with its errors split by whose they are: the consumer's files and
 * the packed `keysmith` declarations fail the check; errors inside other packages' declarations
 * (which no consumer can fix, and which `skipLibCheck` hides for most users) are only reported.
 */
import { run } from './exec';
import { repoBin } from './paths';

/** tsc's errors, split by whose declarations they are in. */
export interface TypeCheck {
  ours: string[];
  thirdParty: string[];
}

const ERROR_LINE = /^(\S+?)\(\d+,\d+\): error TS\d+:/;

/**
 * @example
 * const { ours, thirdParty } = await typeCheck(consumerDir, 'tsconfig.node16.json');
 */
export async function typeCheck(cwd: string, project: string): Promise<TypeCheck> {
  // Never rejects (callers start several at once and await them later): a failure to run is an error of ours.
  const result = await run(repoBin('tsc'), ['-p', project, '--pretty', 'false'], { cwd, timeoutMs: 300_000 }).catch(
    (error: unknown) => ({ code: -1, stdout: '', stderr: String(error) }),
  );
  const errors = result.stdout.split('\n').filter((line) => ERROR_LINE.test(line));
  const thirdParty = errors.filter((line) => {
    const file = ERROR_LINE.exec(line)?.[1] ?? '';
    return file.includes('node_modules/') && !file.includes('node_modules/keysmith/');
  });
  const ours = errors.filter((line) => !thirdParty.includes(line));
  if (result.code !== 0 && errors.length === 0)
    ours.push(`tsc exited with ${result.code}: ${(result.stdout + result.stderr).trim()}`);
  return { ours, thirdParty };
}
