/**
 * Serves the production build (dist/, made by `npm run build` before vitest in `npm test`) with Vite's preview
 * server on a free port, and hands its URL to the specs. Testing the build, not the dev server, is what catches
 * a broken worker import or a missing data file.
 */
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

let server: PreviewServer | null = null;

export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html') || !existsSync('dist/data/core.json')) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does it for you).');
  }
  server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report a URL');
  project.provide('baseURL', url);
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
