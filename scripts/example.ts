// `npm run example`: the example article (examples/article/) on one origin, embedding the built atlas served on
// another, as a newsroom page would. Build first (`npm run build`); stop with Ctrl+C.
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import { serveStatic } from './static-server';

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const atlas = await preview({ preview: { port: 4173, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
const atlasUrl = atlas.resolvedUrls!.local[0]!;
const host = await serveStatic([{ prefix: '/', dir: 'examples' }], { port: 4174 });
console.log(`atlas:   ${atlasUrl}`);
console.log(`article: ${host.origin}/article/?atlas=${encodeURIComponent(atlasUrl)}`);
