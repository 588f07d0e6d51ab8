// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// typescript-eslint's strict, type-checked rules over everything that is TypeScript. A rule is
// switched off only on a line that says why; generated code is not linted.
export default tseslint.config(
  {
    ignores: [
      'src/generated/**',
      'mock/generated/**',
      'dist/**',
      'site/**',
      'coverage/**',
      'node_modules/**',
      '.cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
