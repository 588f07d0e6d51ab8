/**
 * `npm run build`: dist/ emptied, then tsup (tsup.config.ts: the entries as ESM and CJS with their
 * types, the browser build of keysmith/mock, the `keysmith-mock` command), then the imports of msw
 * in the built types marked as optional (optional-peer-types.ts). Emptied here rather than by
 * tsup's `clean`, which each of its parallel builds would run on the others' output.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { markOptionalPeerTypes } from './optional-peer-types.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;

rmSync(dist, { recursive: true, force: true });
const tsup = spawnSync(`${root}node_modules/.bin/tsup`, { cwd: root, stdio: 'inherit' });
if (tsup.status !== 0) process.exit(tsup.status ?? 1);
// The types of keysmith/mock and keysmith/mock/node name msw's RequestHandler (mock.handlers).
const marked = markOptionalPeerTypes(dist, 'msw');
if (marked === 0) {
  console.error('build: no import of msw found in the types of dist/: has mock.handlers changed type?');
  process.exit(1);
}
console.log(`build: ${marked} imports of msw marked optional in the types of dist/`);
