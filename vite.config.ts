/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

// Unit tests run under a pinned, non-UTC zone (Lima, UTC−5) so that any day arithmetic done in local time
// shifts a day and fails the suite. Browser tests pin their own zones in tests/e2e/browser.ts.
const TEST_TZ = 'America/Lima';

export default defineConfig({
  // Relative asset URLs: the built app works from any path (a CMS folder, an iframe src, a sub-directory).
  base: './',
  plugins: [svelte()],
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1400 },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  test: {
    env: { TZ: TEST_TZ },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'src/lib/**/*.test.ts',
            'scripts/**/*.test.ts',
            'tests/data/**/*.test.ts',
            'tests/i18n/**/*.test.ts',
          ],
          exclude: ['src/lib/**/*.svelte.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['src/components/**/*.test.ts', 'src/lib/**/*.svelte.test.ts'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.spec.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
