// Lint: typescript-eslint's recommended type-checked rules over the product, the tools and the tests.
// `npm run lint` (in .ci/run); no warnings allowed (--max-warnings 0).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // landlink matches control characters on purpose: to escape them in messages and to keep them out of
      // workbook cells and file names (src/findings/index.ts, src/xlsx/storable.ts, src/report/file-names.ts).
      'no-control-regex': 'off',
      // `const { a: _a, ...rest } = o` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // The plain JavaScript files (this file, tools/bundle.mjs, the test hooks in tests/bad-input/hooks/) are in no
    // tsconfig: the rules that need types are off for them, the others apply, with Node's globals.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      sourceType: 'module',
      globals: { process: 'readonly', console: 'readonly', setInterval: 'readonly' },
    },
  },
);
