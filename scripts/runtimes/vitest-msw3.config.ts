/**
 * The repo's vitest config, with every `msw` import resolved as if made from another project (the
 * one in KEYSMITH_MSW_PROJECT, which has msw 3 installed), so the mock's own suite runs on msw 3
 * without touching the repo's dependencies. Used by the runtime matrix on Node 24.
 */
import { join } from 'node:path';
import { defineConfig, mergeConfig, type Plugin, type ViteUserConfig } from 'vitest/config';
import base from '../../vitest.config';
import { repoRoot } from './paths';

const project = process.env.KEYSMITH_MSW_PROJECT;
if (!project) throw new Error('Set KEYSMITH_MSW_PROJECT to a directory with the wanted msw installed.');

const announced = new Set<string>();
const mswFromProject: Plugin = {
  name: 'keysmith:msw-from-project',
  enforce: 'pre',
  async resolveId(source, _importer, options) {
    if (source !== 'msw' && !source.startsWith('msw/')) return null;
    // Resolving from a file inside the project applies msw's own exports map and conditions there
    // (the importer must exist: Vite falls back to the root for an importer it cannot find).
    const resolved = await this.resolve(source, join(project, 'package.json'), { ...options, skipSelf: true });
    if (resolved && !announced.has(source)) {
      announced.add(source);
      console.log(`msw resolved from ${project}: ${source} → ${resolved.id}`);
    }
    return resolved;
  },
};

const config: ViteUserConfig = mergeConfig(base, defineConfig({ root: repoRoot, plugins: [mswFromProject] }));
// Replaced, not merged: mergeConfig would append to the base's `include` and run every suite.
config.test = { ...config.test, include: ['test/mock/**/*.test.ts'] };

export default config;
