/// <reference types="vitest/config" />
import { build, defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { basemapOrigins, headersFile, securityHeaders } from './scripts/headers.ts';
import { maplibreFromSource } from './scripts/maplibre-source.ts';
import { langRewrite, writeEnglishHtml } from './scripts/lang-html.ts';

// A hosted basemap (off by default, README § Deploying) must be allowed by the CSP: its style's origin is added.
const extraOrigins = basemapOrigins(process.env.VITE_BASEMAP_STYLE_URL);

// Unit tests run under a pinned, non-UTC zone (Lima, UTC−5) so that any day arithmetic done in local time
// shifts a day and fails the suite. Browser tests pin their own zones in tests/e2e/browser.ts.
const TEST_TZ = 'America/Lima';

// Benchmark builds (VITE_BENCH=1, made by scripts/bench.ts) also build the reference pages of bench/pages/, in a
// second build into the same folder (VITE_BENCH_PAGES=1): built with the app as extra inputs, they changed how the
// app was split into chunks (MapLibre in a chunk shared with the pages, six small shared chunks), so the bench
// measured a page that was not the production one.
const BENCH = process.env.VITE_BENCH === '1';
const BENCH_PAGES = process.env.VITE_BENCH_PAGES === '1';
const benchInputs = { bare: 'bench/pages/bare.html', setfilter: 'bench/pages/setfilter.html' };

/** After a bench build of the app, builds the reference pages into the same output folder. */
function benchPages(): Plugin {
  let outDir = '';
  return {
    name: 'atlas-bench-pages',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      process.env.VITE_BENCH_PAGES = '1';
      try {
        await build({ configFile: import.meta.filename, build: { outDir, emptyOutDir: false }, logLevel: 'warn' });
      } finally {
        delete process.env.VITE_BENCH_PAGES;
      }
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the built app works from any path (a CMS folder, an iframe src, a sub-directory).
  base: './',
  plugins: [
    svelte(),
    BENCH && !BENCH_PAGES && benchPages(),
    // maplibre-gl from its shipped TypeScript sources: the page loads only the modules it uses (issue 10).
    // Without a hosted basemap the style is the atlas's own, always Mercator: the globe code is left out, and the
    // layer types, sources and terrain it never uses are stubbed (scripts/maplibre-source.ts).
    maplibreFromSource({ mercatorOnly: !process.env.VITE_BASEMAP_STYLE_URL?.trim() }),
    {
      // Netlify / Cloudflare Pages read dist/_headers; the same list vite preview sends (scripts/headers.ts).
      name: 'atlas-headers-file',
      apply: 'build',
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile({ https: true, extraOrigins }) });
      },
    },
    {
      // Issue 7: the served HTML says lang="en" and the English title for ?lang=en (scripts/lang-html.ts): the
      // build writes dist/index.en.html; `npm start` (and the browser tests) serve it for such requests.
      name: 'atlas-english-html',
      writeBundle(options) {
        if (options.dir) writeEnglishHtml(options.dir);
      },
      configurePreviewServer(server) {
        server.middlewares.use(langRewrite);
      },
    },
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1400,
    ...(BENCH_PAGES ? { rolldownOptions: { input: benchInputs } } : {}),
  },
  server: { port: 5173, strictPort: false },
  // `npm start` and the browser tests serve the build with the production headers (CSP included). Vite's own
  // CORS middleware is off: the headers already allow any origin (a sandboxed embed's origin is "null").
  preview: { port: 4173, strictPort: false, headers: securityHeaders({ extraOrigins }), cors: false },
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
