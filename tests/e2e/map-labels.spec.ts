/**
 * Issue 8, the national view on a desktop and a phone: the capitals where most happened are named beside their
 * rings (none hidden under one, none printed across one), and with regions shaded the rings leave their centre
 * open so the region's class colour shows through.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { openPage, sharedBrowser } from './browser';
import { groupDeathRingWidth, groupRadius, ringScale, NAMES_LAYER } from '../../src/lib/map/group-collision';

const baseURL = inject('baseURL');
const getBrowser = sharedBrowser();
const SHOTS = 'test-results/screenshots';

interface Ring {
  x: number;
  y: number;
  total: number;
  deaths: number;
}

/** The rings drawn now, the level's zoom, and the names MapLibre placed (ring names and basemap towns). */
async function mapState(page: Page): Promise<{ zoom: number; rings: Ring[]; names: string[] }> {
  return page.evaluate((namesLayer) => {
    const el = document.querySelector('[data-testid=map]') as unknown as {
      maplibre: {
        getZoom(): number;
        getLayer(id: string): unknown;
        queryRenderedFeatures(b?: unknown, o?: object): { properties: { name?: string } }[];
      };
      atlasEvents: { drawn(): { groups: Ring[] } };
    };
    const m = el.maplibre;
    // (event-label-space carried the rings' names before they had a layer of their own.)
    const layers = [namesLayer, 'event-label-space', 'towns-label'].filter((id) => m.getLayer(id));
    return {
      zoom: m.getZoom(),
      rings: el.atlasEvents.drawn().groups,
      names: m.queryRenderedFeatures(undefined, { layers }).map((f) => f.properties.name ?? ''),
    };
  }, NAMES_LAYER);
}

describe('the national view', () => {
  for (const [device, width, height, wanted] of [
    ['desktop', 1280, 800, ['Lima', 'Ayacucho', 'Cusco', 'Arequipa', 'Puno']],
    ['phone', 375, 667, ['Lima', 'Ayacucho', 'Cusco', 'Arequipa', 'Puno']],
  ] as const) {
    it(`names ${wanted.join(', ')} beside their rings, never across one (${device})`, async () => {
      const { page, context } = await openPage(getBrowser(), baseURL, { width, height });
      const { zoom, rings, names } = await mapState(page);
      expect(zoom).toBeLessThan(4);
      expect(rings.length).toBeGreaterThan(3);
      for (const name of wanted) expect(names, name).toContain(name);
      // No name (a ring's or the basemap's) is drawn inside a ring.
      const inside = await page.evaluate(
        ({ rings, layers, scale }) => {
          const m = (
            document.querySelector('[data-testid=map]') as unknown as {
              maplibre: { queryRenderedFeatures(b: unknown, o: object): { properties: { name?: string } }[] };
            }
          ).maplibre;
          return rings.flatMap((g) => {
            const r = Math.max(12, Math.min(30, Math.max(13, 10 + 2.2 * Math.sqrt(g.total))) * scale) * 0.7;
            return m
              .queryRenderedFeatures(
                [
                  [g.x - r, g.y - r],
                  [g.x + r, g.y + r],
                ],
                { layers },
              )
              .map((f) => `${f.properties.name} in the ring of ${g.total}`);
          });
        },
        { rings, layers: [NAMES_LAYER, 'towns-label', 'region-labels'], scale: ringScale(Math.floor(zoom)) },
      );
      expect(inside).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/national-names-${device}.png` });
      await context.close();
    });
  }

  it('writes a group’s deaths as a figure: a dark badge with white digits at the ring’s upper right', async () => {
    const { page, context } = await openPage(getBrowser(), `${baseURL}?lang=en`);
    const { zoom, rings } = await mapState(page);
    const scale = ringScale(Math.floor(zoom));
    const withDeaths = rings.filter((g) => g.deaths > 0);
    expect(withDeaths.length).toBeGreaterThan(2);
    const mapBox = (await page.locator('[data-testid=map]').boundingBox())!;
    const png = PNG.sync.read(await page.screenshot({ clip: mapBox }));
    const light = (x: number, y: number) => {
      const i = (Math.round(y) * png.width + Math.round(x)) * 4;
      return (png.data[i]! + png.data[i + 1]! + png.data[i + 2]!) / 3;
    };
    for (const g of withDeaths) {
      const r = groupRadius(g.total, scale);
      const d = (r + 2 + groupDeathRingWidth(g.deaths, scale) / 2) * Math.SQRT1_2;
      const [cx, cy] = [g.x + d, g.y - d];
      // Dark above and below the digits (the badge is at least 7 px in radius, the digits 9 px tall)…
      expect(light(cx, cy - 5.5), `badge of the ring of ${g.total}`).toBeLessThan(70);
      expect(light(cx, cy + 5.5), `badge of the ring of ${g.total}`).toBeLessThan(70);
      // …and white ink in the middle: the figure.
      let ink = 0;
      for (let dx = -4; dx <= 4; dx++) for (let dy = -3; dy <= 3; dy++) ink = Math.max(ink, light(cx + dx, cy + dy));
      expect(ink, `figure in the badge of the ring of ${g.total}`).toBeGreaterThan(200);
    }
    await context.close();
  });

  it('shows the shade of the regions under the rings when regions are shaded by deaths', async () => {
    const { page, context } = await openPage(getBrowser(), `${baseURL}?shade=deaths`);
    await page.waitForSelector('[data-testid="shade-legend"]');
    const { zoom, rings } = await mapState(page);
    const scale = ringScale(Math.floor(zoom));
    // The three largest rings (Puno's, Lima's, Ayacucho's at this zoom): a point of the open centre, above and below
    // the count, and the region's colour there as the map holds it (feature-state of the shading layer).
    const big = [...rings].sort((a, b) => b.total - a.total).slice(0, 3);
    const probes = await page.evaluate(
      ({ big, scale }) => {
        const el = document.querySelector('[data-testid=map]') as unknown as {
          maplibre: {
            queryRenderedFeatures(p: [number, number], o: object): { id?: string | number }[];
            getFeatureState(f: { source: string; id: string | number }): { fill?: string | null };
          };
        };
        const m = el.maplibre;
        return big.flatMap((g) => {
          const r = Math.max(12, Math.min(30, Math.max(13, 10 + 2.2 * Math.sqrt(g.total))) * scale);
          return [-0.5, 0.5].map((k) => {
            const p: [number, number] = [Math.round(g.x), Math.round(g.y + k * r)];
            const region = m.queryRenderedFeatures(p, { layers: ['regions-shade'] })[0];
            const fill = region?.id !== undefined ? m.getFeatureState({ source: 'regions', id: region.id }).fill : null;
            return { total: g.total, p, fill: fill ?? null };
          });
        });
      },
      { big, scale },
    );
    const mapBox = (await page.locator('[data-testid=map]').boundingBox())!;
    const png = PNG.sync.read(await page.screenshot({ clip: mapBox }));
    const pixel = ([x, y]: [number, number]) => {
      const i = (y * png.width + x) * 4;
      return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    };
    const rgb = (css: string) => {
      const m = css.match(/\d+(\.\d+)?/g)!.map(Number);
      if (css.startsWith('#')) {
        const n = parseInt(css.slice(1), 16);
        return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
      }
      return m.slice(0, 3);
    };
    const shaded = probes.filter((p) => p.fill);
    // Puno, Ayacucho and Apurímac bore most deaths: the centres of the rings over them lie on shaded regions.
    expect(shaded.length).toBeGreaterThanOrEqual(3);
    for (const p of shaded) {
      const want = rgb(p.fill!);
      const got = pixel(p.p);
      const diff = Math.max(...want.map((v, i) => Math.abs(v - got[i]!)));
      expect(diff, `ring of ${p.total} at ${p.p}: ${got} for ${p.fill}`).toBeLessThanOrEqual(12);
    }
    await page.screenshot({ path: `${SHOTS}/national-shaded-deaths.png` });
    await context.close();
  });
});
