// One lint configuration for the whole tree: JavaScript, TypeScript and Svelte, with Prettier owning layout.
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    ignores: ['dist/', 'node_modules/', 'public/', 'test-results/', 'bench/results.json', 'bench/dist/', 'bench/data/'],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // TypeScript already resolves every name (ambient types such as GeoJSON included).
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig },
    },
  },
  {
    // The component harness renders any component, whatever its props.
    files: ['tests/component/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // src/lib is framework-free: no Svelte components or DOM-owning modules in the pure domain code.
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/state/**', 'src/lib/**/*.svelte.ts', 'src/lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['*.svelte', 'svelte', 'svelte/*'],
              message: 'src/lib is framework-free; put Svelte code in src/components or a .svelte.ts state module.',
            },
          ],
        },
      ],
    },
  },
);
