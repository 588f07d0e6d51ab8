/**
 * What `keysmith-mock` prints once it listens: a base URL per environment, the admin keys (printed
 * on purpose: a local tool, and the documented way to get them) and the controls.
 */
import type { Environment } from '../types.js';
import type { MockServer } from './server.js';

const ENVIRONMENTS: readonly Environment[] = ['production', 'staging', 'development'];

/**
 * The start-up text. Each base URL and key is on a line of its own, `  <environment>  <value>`,
 * so a script can pick them out.
 *
 * @example
 * ```ts
 * process.stdout.write(formatBanner(server));
 * ```
 */
export function formatBanner(server: Pick<MockServer, 'url' | 'urls' | 'mock'>): string {
  const column = (label: string): string => `  ${label.padEnd(13)}`;
  return [
    `keysmith-mock listening on ${server.url}`,
    '',
    'Base URLs:',
    ...ENVIRONMENTS.map((environment) => `${column(environment)}${server.urls[environment]}`),
    '',
    'Admin keys (admin:*):',
    ...ENVIRONMENTS.map((environment) => `${column(environment)}${server.mock.adminKeys[environment]}`),
    '',
    'Controls (loopback only):',
    `  POST        ${server.url}/__mock/reset`,
    `  GET, POST   ${server.url}/__mock/clock`,
    `  GET, POST, DELETE  ${server.url}/__mock/faults`,
    `  GET, DELETE ${server.url}/__mock/requests`,
    `  GET         ${server.url}/__mock/keys`,
    '',
    'Press Ctrl+C to stop.',
    '',
  ].join('\n');
}
