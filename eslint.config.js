// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// typescript-eslint's strict, type-checked rules over everything that is TypeScript. A rule is
// switched off only on a line that says why; generated code is not linted.
export default defineConfig(
  {
    ignores: [
      'src/generated/**',
      'mock/generated/**',
      'dist/**',
      'site/**',
      'coverage/**',
      'node_modules/**',
      '**/.cache/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Numbers read naturally in messages ("after 3 attempts"); anything else is made a string on purpose.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // Plain JavaScript (this file, the packed-package consumers) runs on Node, outside the TS project.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // A CommonJS consumer of the packed package loads it the CommonJS way.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
