/**
 * One download per font file for the page and the map. The page's text and the map's labels use the same Noto Sans
 * files; declared twice (a CSS @font-face and the style's `font-faces`), the browser fetched each twice. Here each
 * file is fetched once: the page gets a FontFace built from the bytes, and MapLibre gets the same bytes through a
 * custom protocol (`atlas-font://regular`). A file that fails is reported (the map names "label font") and the page
 * falls back to system fonts.
 */
import { addProtocol } from 'maplibre-gl';
import regularUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import boldUrl from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';

const FILES = { regular: { url: regularUrl, weight: '400' }, bold: { url: boldUrl, weight: '700' } } as const;
type FontKey = keyof typeof FILES;

const downloads = new Map<FontKey, Promise<ArrayBuffer>>();

function download(key: FontKey): Promise<ArrayBuffer> {
  let p = downloads.get(key);
  if (!p) {
    p = fetch(FILES[key].url).then((res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status} ${FILES[key].url}`);
      return res.arrayBuffer();
    });
    // A failed download may be retried (the map's Retry starts the map again).
    p.catch(() => downloads.delete(key));
    downloads.set(key, p);
  }
  return p;
}

/** The style's `font-faces` URLs: served from the shared downloads. */
export const MAP_FONT_URLS = { regular: 'atlas-font://regular', bold: 'atlas-font://bold' };

let protocolAdded = false;
/** Registers the protocol MapLibre reads the label fonts through (once per page). */
export function serveMapFonts() {
  if (protocolAdded) return;
  protocolAdded = true;
  addProtocol('atlas-font', async (params) => {
    const key = params.url.replace('atlas-font://', '') as FontKey;
    if (!(key in FILES)) throw new Error(`unknown font ${params.url}`);
    // A copy: MapLibre may transfer the buffer it is given.
    return { data: (await download(key)).slice(0) };
  });
}

let pageFonts: Promise<boolean> | null = null;

/**
 * Adds the page's Noto Sans (regular, bold) from the shared downloads, once; resolves false if a file failed (a
 * later call tries again).
 */
export function loadPageFonts(): Promise<boolean> {
  pageFonts ??= addPageFonts().then((ok) => {
    if (!ok) pageFonts = null;
    return ok;
  });
  return pageFonts;
}

async function addPageFonts(): Promise<boolean> {
  const results = await Promise.allSettled(
    (Object.keys(FILES) as FontKey[]).map(async (key) => {
      const face = new FontFace('Noto Sans', await download(key), {
        weight: FILES[key].weight,
        style: 'normal',
        display: 'swap',
      });
      document.fonts.add(await face.load());
    }),
  );
  return results.every((r) => r.status === 'fulfilled');
}
