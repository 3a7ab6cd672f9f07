import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import * as figmaPlugin from '@figma/eslint-plugin-figma-plugins';
import { defineConfig } from 'eslint/config';

/** One `no-restricted-imports` block per side: folders (any path segment) and packages it may not import. */
export function importBoundaries(sides) {
  return sides.map(({ files, side, forbidden, alsoForbidden }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `(^|/)(${forbidden.join('|')})(/|$)`,
              message: `The ${side} may not import ${forbidden.join(', ')} (see docs/architecture.md, "What may import what").`,
            },
            { group: alsoForbidden, message: `The ${side} may not depend on this package (see docs/architecture.md).` },
          ],
        },
      ],
    },
  }));
}

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
  // Import boundaries (docs/architecture.md): core imports only core; the panel, the sandbox
  // and the CLI each import core and themselves, never one another. Checked on the import
  // path's folder names, so relative paths of any depth are caught.
  ...importBoundaries([
    { files: ['src/core/**/*.ts'], side: 'shared core', forbidden: ['sandbox', 'cli', 'ui', 'preview', 'fake-figma', 'test', 'bench', 'scripts'], alsoForbidden: ['preact', 'preact/*', '@preact/*', 'node:*'] },
    { files: ['ui/**/*.ts', 'ui/**/*.tsx'], side: 'panel', forbidden: ['sandbox', 'cli', 'preview', 'fake-figma', 'test'], alsoForbidden: ['node:*'] },
    { files: ['src/sandbox/**/*.ts'], side: 'sandbox', forbidden: ['ui', 'cli', 'preview', 'fake-figma', 'test'], alsoForbidden: ['preact', 'preact/*', '@preact/*', 'node:*'] },
    { files: ['src/cli/**/*.ts'], side: 'CLI', forbidden: ['sandbox', 'ui', 'preview', 'fake-figma', 'test'], alsoForbidden: ['preact', 'preact/*', '@preact/*'] },
  ]),
  {
    files: ['src/cli/**/*.ts', 'scripts/**/*.mjs', 'eval/**/*.mjs', 'test/**/*.ts', 'bench/**/*.ts', 'build.mjs', 'bin/**/*.mjs', '*.config.ts', 'eslint.config.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off', '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] },
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
