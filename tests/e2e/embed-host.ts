/**
 * The two origins of the embed tests (issue 6): the atlas, served from dist/ by Vite's preview, and a newsroom's
 * page on another origin (a plain static server, scripts/static-server.ts) that embeds it. The host server also
 * serves the example article (examples/), pym.js from node_modules (the real library, for the contract test) and
 * dist/ again under a sub-path (/graficos/peru-2023/), as a CMS folder would.
 *
 * Every host page records the messages it receives (`window.__messages`, with the id of the iframe they came
 * from) from before any frame loads.
 */
import { preview, type PreviewServer } from 'vite';
import type { Frame, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/static-server';

export const SUBPATH = '/graficos/peru-2023/';

export interface Origins {
  atlas: PreviewServer;
  /** The atlas's URL, ending in '/'. */
  atlasURL: string;
  atlasOrigin: string;
  host: StaticServer;
}

export async function startOrigins(): Promise<Origins> {
  // Access-Control-Allow-Origin: a frame with sandbox="allow-scripts" alone has an opaque origin ("null"), so
  // its module script, fonts and data are CORS requests. The hardening branch sends this header (with the rest of
  // the production headers, scripts/headers.ts) from vite.config.ts for every preview; until it lands, it is added
  // here. Inline options are merged with the config file's, so both together send the same single value.
  const atlas = await preview({
    preview: {
      port: 0,
      host: '127.0.0.1',
      strictPort: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      cors: false,
    },
    logLevel: 'error',
  });
  const atlasURL = atlas.resolvedUrls?.local[0];
  if (!atlasURL) throw new Error('The atlas preview server did not report a URL');
  const host = await serveStatic(
    [
      { prefix: '/examples/', dir: 'examples' },
      { prefix: '/vendor/pym/', dir: 'node_modules/pym.js/dist' },
      { prefix: SUBPATH, dir: 'dist' },
    ],
    { headers: { 'Access-Control-Allow-Origin': '*' } },
  );
  return { atlas, atlasURL, atlasOrigin: new URL(atlasURL).origin, host };
}

export async function stopOrigins(o: Origins | undefined) {
  await o?.atlas.close();
  await o?.host.close();
}

const RECORDER = `
window.__messages = [];
addEventListener('message', function (e) {
  var frame = Array.prototype.find.call(document.querySelectorAll('iframe'), function (f) { return f.contentWindow === e.source; });
  window.__messages.push({ data: e.data, origin: e.origin, frame: frame ? frame.id : null });
});`;

let pageCount = 0;

/** A host page on the host origin with `body` (and extra `head`); returns its URL. */
export function hostPage(o: Origins, body: string, head = ''): string {
  const path = `/article-${++pageCount}.html`;
  o.host.pages.set(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>Host article</title><script>${RECORDER}</script>
<style>body{margin:0;font:17px/1.6 Georgia,serif}p{margin:0 12px 16px}iframe{display:block;border:0}</style>
${head}</head><body>${body}</body></html>`,
  );
  return o.host.origin + path;
}

/** Some paragraphs of article text around the embed, so that the page scrolls. */
export function paragraphs(n: number): string {
  const p = `<p>${'An article paragraph that a reader scrolls past, on a phone or a desktop screen. '.repeat(6)}</p>`;
  return p.repeat(n);
}

export interface Received {
  data: unknown;
  origin: string;
  frame: string | null;
}

export async function received(page: Page, frameId?: string): Promise<Received[]> {
  const all = await page.evaluate(() => (window as unknown as { __messages: Received[] }).__messages);
  return frameId ? all.filter((m) => m.frame === frameId) : all;
}

/** The atlas's own messages of one type (height, state) from one frame, oldest first. */
export async function atlasMessages<T = Record<string, unknown>>(page: Page, frameId: string, type: string) {
  return (await received(page, frameId))
    .map((m) => m.data as Record<string, unknown>)
    .filter((d) => d && typeof d === 'object' && d.source === 'peru-protest-atlas' && d.type === type) as T[];
}

/** Waits for a message from a frame that satisfies `test`, and returns it. */
export async function waitForMessage(page: Page, frameId: string, test: string, timeout = 30_000): Promise<unknown> {
  const handle = await page.waitForFunction(
    ([id, body]) => {
      const match = new Function('d', `return (${body})(d)`) as (d: unknown) => boolean;
      const list = (window as unknown as { __messages: Received[] }).__messages.filter((m) => m.frame === id);
      return list
        .map((m) => m.data)
        .find((d) => {
          try {
            return match(d);
          } catch {
            return false;
          }
        });
    },
    [frameId, test] as const,
    { timeout },
  );
  return handle.jsonValue();
}

/** The atlas frame inside iframe#id. */
export async function frameOf(page: Page, id: string): Promise<Frame> {
  const handle = await page.locator(`iframe#${id}`).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame in iframe#${id}`);
  return frame;
}

/** Waits until the atlas in a frame has its data and the map has drawn it. */
export async function waitForAtlas(frame: Frame, opts: { map?: boolean } = {}) {
  await frame.waitForFunction(
    () => Number(document.querySelector('[data-testid="visible-count"]')?.textContent?.replace(/\D/g, '')) > 0,
    null,
    { timeout: 90_000 },
  );
  if (opts.map === false) return;
  await frame.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 90_000 });
  await frame.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout: 60_000 });
}

export async function frameCount(frame: Frame): Promise<number> {
  return Number(((await frame.locator('[data-testid="visible-count"]').textContent()) ?? '').replace(/\D/g, ''));
}

interface MapHandle {
  getCenter(): { lat: number; lng: number };
  getZoom(): number;
  getBounds(): { getWest(): number; getEast(): number; getSouth(): number; getNorth(): number };
}

/** The map's view in a frame: centre, zoom and bounds. */
export async function frameMap(frame: Frame) {
  return frame.evaluate(() => {
    const m = (document.querySelector('[data-testid=map]') as unknown as { maplibre: MapHandle }).maplibre;
    const b = m.getBounds();
    return {
      ...m.getCenter(),
      zoom: m.getZoom(),
      west: b.getWest(),
      east: b.getEast(),
      south: b.getSouth(),
      north: b.getNorth(),
    };
  });
}

/** Sends the embed's `set` message (README § Embedding) to the iframe with this id, as a host page would. */
export function sendSet(page: Page, frameId: string, fields: Record<string, unknown>): Promise<void> {
  return page.evaluate(
    ([id, f]) =>
      (document.getElementById(id) as HTMLIFrameElement).contentWindow!.postMessage(
        { target: 'peru-protest-atlas', type: 'set', ...f },
        '*',
      ),
    [frameId, fields] as const,
  );
}
