// One lint configuration for the workspace. Type-aware rules catch the two bugs that hurt most in a
// workflow tool: a promise nobody awaits (a lost write) and a `switch` that forgets a new state.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const typeAware = (files, project) => ({
  files,
  languageOptions: { parserOptions: { project, tsconfigRootDir: import.meta.dirname } },
  rules: {
    '@typescript-eslint/no-floating-promises': 'error',
    '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    '@typescript-eslint/switch-exhaustiveness-check': [
      'error',
      { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.angular/**',
      '**/coverage/**',
      '**/test-results/**',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': 'off',
    },
  },
  typeAware(['shared/src/**/*.ts'], ['./shared/tsconfig.json']),
  typeAware(['server/{src,test,bench,scripts}/**/*.ts'], ['./server/tsconfig.tools.json']),
  typeAware(['client/src/**/*.ts'], ['./client/tsconfig.app.json', './client/tsconfig.spec.json']),
  typeAware(['e2e/**/*.ts'], ['./e2e/tsconfig.json']),
  prettier,
);
