/**
 * What `keysmith-mock` prints once it listens: a base URL per environment, the admin keys (printed
 * on purpose: a local tool, and the documented way to get them) and the controls.
 */
import type { Environment } from '../types.js';
import type { MockServer } from './server.js';

const ENVIRONMENTS: readonly Environment[] = ['production', 'staging', 'development'];
const CONTROLS = [
  ['POST', 'reset'],
  ['GET, POST', 'clock'],
  ['GET, POST, DELETE', 'faults'],
  ['GET, PUT', 'latency'],
  ['GET, DELETE', 'requests'],
  ['GET, PUT', 'state'],
  ['GET', 'keys'],
] as const;

/**
 * The start-up text. Each base URL and key is on a line of its own, `  <environment>  <value>`,
 * so a script can pick them out.
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
    'Controls (loopback only; JSON bodies with Content-Type: application/json):',
    ...CONTROLS.map(([methods, name]) => `  ${methods.padEnd(19)}${server.url}/__mock/${name}`),
    '',
    'Press Ctrl+C to stop.',
    '',
  ].join('\n');
}
