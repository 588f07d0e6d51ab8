/**
 * `npm run docs`: builds the TypeDoc site (`typedoc.jsonc`, plus the plugin in
 * `docs-typedoc-plugin.ts`) into `site/`. Any warning fails the build and writes nothing, as the
 * `typedoc` command does with `treatWarningsAsErrors`. Extra arguments go to TypeDoc
 * (`--out /tmp/site`).
 *
 * Exit codes: 0 built; 1 bad options; 3 the sources do not compile or convert with warnings;
 * 4 validation warnings (an undocumented export, a broken link); 5 the output failed.
 *
 * @module
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Application, ArgumentsReader, PackageJsonReader, TSConfigReader, TypeDocReader } from 'typedoc';
import { loadKeysmithPlugin } from './docs-typedoc-plugin.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds the site. Resolves to the exit code; TypeDoc logs every warning itself.
 *
 * @param args - TypeDoc command-line arguments, applied over `typedoc.jsonc`.
 * @example
 * ```ts
 * const code = await buildSite(['--out', '/tmp/keysmith-site']);
 * ```
 */
export async function buildSite(args: readonly string[] = []): Promise<number> {
  const started = Date.now();
  const app = await Application.bootstrapWithPlugins({ options: `${ROOT}typedoc.jsonc` }, [
    new ArgumentsReader(0, [...args]),
    new TypeDocReader(),
    new PackageJsonReader(),
    new TSConfigReader(),
    new ArgumentsReader(300, [...args]).ignoreErrors(),
  ]);
  loadKeysmithPlugin(app, `${ROOT}openapi.yaml`);
  const strict = app.options.getValue('treatWarningsAsErrors');
  const failed = (): boolean => app.logger.hasErrors() || (strict && app.logger.hasWarnings());

  if (failed()) return 1;
  const project = await app.convert();
  if (!project || failed()) return 3;
  app.validate(project);
  if (failed()) return 4;
  await app.generateOutputs(project);
  if (failed()) return 5;

  const out = app.options.getValue('out');
  const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
  app.logger.info(`${pages} pages written to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildSite(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 6;
    },
  );
}
