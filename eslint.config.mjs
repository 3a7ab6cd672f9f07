import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import * as figmaPlugin from '@figma/eslint-plugin-figma-plugins';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'test-artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: {
        projectService: { allowDefaultProject: ['*.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The Figma rules catch deprecated and sync-only APIs that break under dynamic-page access.
    files: ['src/sandbox/**/*.ts', 'fake-figma/**/*.ts'],
    plugins: { '@figma/figma-plugins': figmaPlugin },
    rules: { ...figmaPlugin.flatConfigs.recommended.rules },
  },
  {
    // The panel must not reach for the sandbox global, even by accident.
    files: ['ui/**/*.ts', 'ui/**/*.tsx', 'src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'figma', message: 'Only the sandbox (src/sandbox) may use figma; send a message instead.' }],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'scripts/**/*.mjs', 'test/**/*.ts', 'bench/**/*.ts', 'build.mjs', 'bin/**/*.mjs', '*.config.ts', 'eslint.config.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['preview/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
