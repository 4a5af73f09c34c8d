/**
 * A plain static file server (node:http, no dependencies) for what a newsroom's own web server does: serve a
 * folder under a path prefix. Used by `npm run example` (the example article on a second origin) and by the
 * embed browser tests (the host page, and dist/ served from a sub-path as a CMS would, e.g. /graficos/peru-2023/).
 *
 *   const s = await serveStatic([{ prefix: '/graficos/peru-2023/', dir: 'dist' }], { port: 0 });
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
};

export interface Mount {
  /** URL path prefix, starting and ending with '/'. */
  prefix: string;
  /** Folder served under it. */
  dir: string;
}

export interface StaticServer {
  server: Server;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Pages served from memory (path → HTML), for tests that build a host page. */
  pages: Map<string, string>;
  close(): Promise<void>;
}

export async function serveStatic(
  mounts: Mount[],
  opts: { port?: number; host?: string; headers?: Record<string, string> } = {},
): Promise<StaticServer> {
  const pages = new Map<string, string>();
  const roots = mounts.map((m) => ({ prefix: m.prefix, root: resolve(m.dir) }));

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://x');
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...opts.headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const page = pages.get(url.pathname);
    if (page !== undefined) return send(200, page, TYPES['.html']);
    const mount = roots.find((m) => url.pathname.startsWith(m.prefix));
    if (!mount) return send(404, 'not found');
    let rel = decodeURIComponent(url.pathname.slice(mount.prefix.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(mount.root, rel));
    // Never outside the folder (../ in the path).
    if (file !== mount.root && !file.startsWith(mount.root + sep)) return send(403, 'forbidden');
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        res.writeHead(301, { Location: url.pathname + '/' + url.search });
        return res.end();
      }
      return send(200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
    } catch {
      return send(404, 'not found');
    }
  }

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((r) => server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    pages,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
