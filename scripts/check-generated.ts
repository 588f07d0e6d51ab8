/** Fails when a generated file is missing or differs from what openapi.yaml produces now. */
import { readFile } from 'node:fs/promises';
import { generatedFiles } from './generated-files.ts';

const root = new URL('../', import.meta.url);
const stale: string[] = [];
for (const [path, expected] of await generatedFiles(root)) {
  const actual = await readFile(new URL(path, root), 'utf8').catch(() => undefined);
  if (actual !== expected) stale.push(path);
}
if (stale.length > 0) {
  console.error(`Stale generated code: ${stale.join(', ')}.\nRun \`npm run generate\` and commit the result.`);
  process.exit(1);
}
console.log('generated code is fresh');
