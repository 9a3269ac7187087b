// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const pure = 'The library is pure (no clock, randomness, process, console or Node API):';

export default defineConfig(
  globalIgnores(['dist/', 'docs/', 'coverage/', 'node_modules/', '.tmp/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Plain JavaScript files (configuration, scripts/*.mjs) run on Node.
    name: 'ismap-liu/node-javascript',
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'ismap-liu/typescript',
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // src/ except the CLI: no clock, no randomness, no process, no console, no Node APIs.
    name: 'ismap-liu/pure-library',
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'process', message: `${pure} Take what you need as an argument.` },
        { name: 'console', message: `${pure} Return the information as data instead.` },
        { name: 'Buffer', message: `${pure} Buffer is a Node API.` },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: `${pure} "Now" is an argument.` },
        { object: 'Math', property: 'random', message: `${pure} Results must be deterministic.` },
        { object: 'globalThis', property: 'process', message: `${pure} Take what you need as an argument.` },
        { object: 'globalThis', property: 'console', message: `${pure} Return the information as data instead.` },
        { object: 'performance', property: 'now', message: `${pure} "Now" is an argument.` },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: `${pure} \`new Date()\` reads the clock: "now" is an argument.` },
        { selector: "CallExpression[callee.name='Date']", message: `${pure} \`Date()\` reads the clock: "now" is an argument.` },
        {
          selector: "ImportDeclaration[source.value='zod'][importKind!='type'] > ImportSpecifier[imported.name='z']",
          message: "Import zod as a namespace (`import * as z from 'zod'`): the named import makes esbuild bundle all of zod, its locales included.",
        },
      ],
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*'], message: `${pure} No Node APIs in the library.` }] }],
    },
  },
  {
    // Tests and benches carry their own fixtures: nothing outside the repository is part of the project.
    name: 'ismap-liu/self-contained-tests',
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/(^|[\\\\/])shared[\\\\/](spec|seed|reference|style|hooks)\\b/]',
          message: 'Tests must not read files outside the repository: write what you need into the test.',
        },
        {
          selector: 'TemplateElement[value.raw=/(^|[\\\\/])shared[\\\\/](spec|seed|reference|style|hooks)\\b/]',
          message: 'Tests must not read files outside the repository: write what you need into the test.',
        },
      ],
    },
  },
);
