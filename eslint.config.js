import js from '@eslint/js'
import vitest from '@vitest/eslint-plugin'
import prettier from 'eslint-config-prettier'
import { defineConfig } from 'eslint/config'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// The app and the mock servers share only types and rules, never code that runs: the app would
// otherwise depend on the servers it is meant to talk to over HTTP. These rules enforce it.
const ONLY_CONTRACTS_ARE_SHARED =
  'The app reaches the mock servers only over HTTP through src/api; share types via src/contracts.'
// The mock side shares the wire contracts and the flows (the manual's steps as data), nothing else;
// so the flows stay plain data: no Vue, no store, no router, only the contracts they name.
const MOCKS_SHARE_CONTRACTS_AND_FLOWS =
  'From src, mocks/ may import only @/contracts/* and @/flows; the app reaches the servers over HTTP.'
const FLOWS_ARE_PLAIN_DATA =
  'src/flows is shared with mocks/: it may import only @/contracts/* and its own files.'

export default defineConfig(
  {
    ignores: ['dist/**', 'dist-*/**', 'screenshots/**', 'coverage/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  // eslint-plugin-vue 10 still names its flat presets `flat/…`; its bare `recommended` is eslintrc.
  pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/main.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@mocks/*', '**/mocks/*'], message: ONLY_CONTRACTS_ARE_SHARED }] },
      ],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/api/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'fetch',
          message: 'Only src/api talks HTTP, so every request has one place that sets it up.',
        },
      ],
    },
  },
  {
    files: ['mocks/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^@/(?!contracts/|flows$)', message: MOCKS_SHARE_CONTRACTS_AND_FLOWS },
          ],
        },
      ],
    },
  },
  {
    files: ['src/flows/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '^(?!@/contracts/|\\./)', message: FLOWS_ARE_PLAIN_DATA }],
        },
      ],
    },
  },
  {
    files: ['tests/**'],
    plugins: { vitest },
    rules: { ...vitest.configs.recommended.rules },
  },
  {
    files: ['scripts/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier,
)
