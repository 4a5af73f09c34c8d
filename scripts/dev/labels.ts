// Dev helper (not part of the app): serve dist/, open a URL, print the zoom, the group rings drawn and the town and
// region labels MapLibre placed (the map's own collision result), in map-container pixels.
//   npx tsx scripts/dev/labels.ts '/?shade=deaths' [width] [height]
import { preview } from 'vite';
import { launch, waitForMap } from '../../tests/e2e/browser';

const [path = '/', w = '1280', h = '800'] = process.argv.slice(2);
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
const base = server.resolvedUrls!.local[0]!;
const browser = await launch();
const ctx = await browser.newContext({ viewport: { width: +w, height: +h }, locale: 'es-PE' });
const page = await ctx.newPage();
await page.goto(new URL(path.replace(/^\//, ''), base).href);
await waitForMap(page);
await page.waitForTimeout(500);
const out = await page.evaluate(() => {
  const el = document.querySelector('[data-testid=map]') as unknown as {
    maplibre: import('maplibre-gl').Map;
    atlasEvents: { drawn(): { groups: { x: number; y: number; total: number }[] } };
  };
  const m = el.maplibre;
  const layers = ['towns-label', 'region-labels', 'event-ring-names'].filter((l) => m.getLayer(l));
  const labels = m
    .queryRenderedFeatures(undefined, { layers })
    .filter((f) => f.properties?.name)
    .map((f) => `${f.layer.id}:${f.properties!.name}`);
  const level = Math.max(3, Math.floor(m.getZoom()));
  const names = m.getSource('event-ring-names')
    ? m
        .querySourceFeatures('event-ring-names')
        .filter((f) => f.properties.z === level)
        .map((f) => `${f.properties.name}(${f.properties.order})`)
    : [];
  const towns = ['Ayacucho', 'Cusco', 'Arequipa', 'Puno', 'Lima', 'Juliaca'].map((n) => {
    const f = m.querySourceFeatures('towns').find((t) => t.properties.name === n);
    if (!f) return n + '?';
    const p = m.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
    return `${n}@${p.x.toFixed(0)},${p.y.toFixed(0)}`;
  });
  return {
    names: [...new Set(names)],
    towns,
    zoom: m.getZoom().toFixed(2),
    groups: el.atlasEvents.drawn().groups.map((g) => `${g.total}@${g.x.toFixed(0)},${g.y.toFixed(0)}`),
    labels,
  };
});
console.log(JSON.stringify(out, null, 1));
await browser.close();
await server.close();
