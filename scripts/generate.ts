/** Writes every file generated from openapi.yaml (`npm run generate`). */
import { mkdir, writeFile } from 'node:fs/promises';
import { generatedFiles } from './generated-files.ts';

const root = new URL('../', import.meta.url);
for (const [path, contents] of await generatedFiles(root)) {
  const target = new URL(path, root);
  await mkdir(new URL('./', target), { recursive: true });
  await writeFile(target, contents);
  console.log(`generated ${path}`);
}
