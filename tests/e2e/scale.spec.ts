/**
 * Issue 10, point 6: every feature keeps working with a large dataset. The benchmark's seeded generator
 * (scripts/synth-data.ts) makes 10,000 events; they are compiled as the data build does (core.json + detail
 * chunks) and served in place of data/ beside the production build in dist/ (the app's data URL is a build-time
 * switch, so the build is not rebuilt: a preview middleware answers data/… from the synthetic folder, and
 * data/versions.json with 404 as on a deployment without versions). Every expected figure is computed here in
 * Node from the same generated collection. No timing assertions.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preview, type PreviewServer } from 'vite';
import type { Page } from 'playwright-core';
import { loadProfile, synthesize } from '../../scripts/synth-data';
import { normalise, writeAppData } from '../../scripts/emit-app-data';
import { parseCsv } from '../../src/lib/data/csv';
import { CATEGORIES, type EventCollection } from '../../src/lib/data/schema';
import { parseDay } from '../../src/lib/time/days';
import { drawnEvents, mapFocus, openPage, sharedBrowser, shot, visibleCount } from './browser';

const SIZE = 10_000;
const DATA_DIR = resolve('test-results/scale-data');
const getBrowser = sharedBrowser();

let collection: EventCollection;
let server: PreviewServer;
let base: string;

beforeAll(async () => {
  collection = normalise(synthesize({ size: SIZE, profile: loadProfile() }));
  mkdirSync(DATA_DIR, { recursive: true });
  writeAppData(collection, DATA_DIR);
  server = await preview({
    plugins: [
      {
        name: 'synthetic-data',
        configurePreviewServer(s) {
          s.middlewares.use((req, res, next) => {
            const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
            const m = /^\/data\/(core\.json|events\.geojson|details\/\d+\.json|versions\.json)$/.exec(path);
            if (!m) return next();
            res.setHeader('Content-Type', 'application/json');
            // A manifest that keeps only this version (as a deployment of the synthetic data would write it).
            if (m[1] === 'versions.json') return res.end(JSON.stringify(manifest()));
            res.end(readFileSync(join(DATA_DIR, m[1]!)));
          });
        },
      },
    ],
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'error',
  });
  base = server.resolvedUrls!.local[0]!;
}, 120_000);

afterAll(async () => {
  await server?.close();
});

const day = (s: string) => parseDay(s)!;
const startOf = (f: EventCollection['features'][number]) => day(f.properties.date);
const endOf = (f: EventCollection['features'][number]) => day(f.properties.end_date ?? f.properties.date);

/** The events a view shows, computed in Node: the range overlaps the event's days, its category is on. */
function expected(from: string, to: string, cats: readonly string[] = CATEGORIES) {
  const a = day(from);
  const b = day(to);
  return collection.features.filter((f) => startOf(f) <= b && endOf(f) >= a && cats.includes(f.properties.category));
}

const deathsOf = (fs: EventCollection['features']) => fs.reduce((s, f) => s + (f.properties.deaths ?? 0), 0);
const byId = (id: string) => collection.features.find((f) => f.properties.id === id)!;

/** Table index → event id, from the app's state (the position in core.json). */
async function idAt(page: Page, index: number): Promise<string> {
  return page.evaluate(
    (i) =>
      (document.querySelector('.atlas') as unknown as { atlasState: { table: { ids: string[] } } }).atlasState.table
        .ids[i]!,
    index,
  );
}

/** A single event drawn on the map at a zoomed view (a town's streets), with its page position and id. */
async function aSingle(page: Page) {
  const single = (await drawnEvents(page)).singles[0];
  expect(single, 'a single event drawn at this zoom').toBeDefined();
  return { ...single!, id: await idAt(page, single!.index) };
}

function manifest() {
  const version = collection.metadata.version;
  return { current: version, versions: [{ version, path: '', date: null }], changes: {}, redirects: {} };
}

const numberIn = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

describe(`the atlas with ${SIZE.toLocaleString('en')} synthetic events`, () => {
  it('counts exactly what Node counts: header events and deaths, categories, totals panel, for several ranges', async () => {
    const { page, context, errors } = await openPage(getBrowser(), base);
    expect(await visibleCount(page)).toBe(SIZE);
    // Ranges and categories set as the timeline and the filters set them (through the app's state).
    const view = (from: string, to: string, cats: readonly string[] = CATEGORIES) =>
      page.evaluate(
        ([a, b, c]) => {
          const app = (
            document.querySelector('.atlas') as unknown as {
              atlasState: {
                setRange(r: { from: number; to: number }): void;
                setCategories(c: readonly string[]): void;
              };
            }
          ).atlasState;
          app.setRange({ from: a, to: b });
          app.setCategories(c);
        },
        [day(from), day(to), cats] as const,
      );
    const shows = (testid: string, n: number) =>
      page.waitForFunction(
        ([id, n]) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.replace(/\D/g, '') === String(n),
        [testid, n] as const,
        { timeout: 30_000 },
      );
    for (const [from, to, cats] of [
      ['2023-01-10', '2023-01-24', CATEGORIES],
      ['2022-12-15', '2022-12-15', CATEGORIES],
      ['2023-02-01', '2023-03-31', CATEGORIES],
      ['2023-01-10', '2023-01-24', ['march', 'blockade']],
    ] as const) {
      await view(from, to, cats);
      const want = expected(from, to, cats);
      await shows('visible-count', want.length);
      expect(numberIn(await page.locator('[data-testid="visible-deaths"]').textContent())).toBe(deathsOf(want));
      // The side panel follows a frame later (issue 10): wait for it, then read every category's count (each
      // toggle shows what it would add, whether on or off).
      await shows('totals-events', want.length);
      const all = expected(from, to);
      await expect
        .poll(async () => (await page.locator('.filters .n').allTextContents()).map(numberIn))
        .toEqual(CATEGORIES.map((c) => all.filter((f) => f.properties.category === c).length));
    }
    expect(errors, errors.join('\n')).toEqual([]);
    await context.close();
  });

  it('opens an event from the map, shows its title on hover first, and rings it', async () => {
    const { page, context, errors } = await openPage(getBrowser(), `${base}?map=11/-12.05/-77.04&lang=en`);
    const hit = await aSingle(page);
    // Hover: the tooltip names the event once its detail chunk has arrived (fetched on demand at this size).
    await page.mouse.move(hit.x, hit.y);
    await page.waitForFunction(
      (title) => [...document.querySelectorAll('[role="tooltip"]')].some((t) => t.textContent?.includes(title)),
      byId(hit.id).properties.title_en,
      { timeout: 30_000 },
    );
    await page.mouse.click(hit.x, hit.y);
    const panelOrList = page.locator('[data-testid="detail-panel"], [data-testid="place-list"]');
    await panelOrList.first().waitFor({ timeout: 30_000 });
    let id = hit.id;
    if (await page.locator('[data-testid="place-list"]').count()) {
      // Several events at one spot: the list names them; the first opens.
      await page.locator('[data-testid="place-list"] li button').first().click();
      await page.waitForFunction(() => new URL(location.href).searchParams.has('event'));
      id = new URL(page.url()).searchParams.get('event')!;
    }
    await expect
      .poll(() => page.locator('#detail-title').textContent(), { timeout: 30_000 })
      .toBe(byId(id).properties.title_en);
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(id);
    await shot(page, 'scale-10000-selected');
    expect(errors, errors.join('\n')).toEqual([]);
    await context.close();
  });

  it('N on the map says the event nearest the centre with its title, loaded on demand, never "loading…"', async () => {
    const { page, context, errors } = await openPage(getBrowser(), `${base}?map=8/-12.05/-77.04&lang=en`);
    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press('n');
    const [hovered] = await mapFocus(page);
    expect(hovered).not.toBeNull();
    const title = byId(await idAt(page, hovered!)).properties.title_en;
    const announcer = page.getByTestId('announcer');
    await expect.poll(() => announcer.textContent(), { timeout: 30_000 }).toContain(title);
    expect(await announcer.textContent()).toMatch(/^1 of /);
    expect(await announcer.textContent()).not.toContain('loading');
    expect(errors, errors.join('\n')).toEqual([]);
    await context.close();
  });

  it('opens an event from the list of the view (the totals panel opens the place list of its events)', async () => {
    const { page, context, errors } = await openPage(getBrowser(), `${base}?from=2023-01-10&to=2023-01-12&lang=es`);
    const want = expected('2023-01-10', '2023-01-12');
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="totals-events"]')?.textContent?.replace(/\D/g, '') === String(n),
      want.length,
      { timeout: 30_000 },
    );
    await page.locator('[data-testid="totals-events"]').click();
    const items = page.locator('[data-testid="place-list"] li button');
    await items.first().waitFor({ timeout: 30_000 });
    // The list shows an event once its detail chunk is in (fetched on demand at this size): it fills up.
    await expect.poll(() => items.count(), { timeout: 30_000 }).toBe(want.length);
    await items.nth(2).click();
    const id = await page.waitForFunction(() => new URL(location.href).searchParams.get('event'), null, {
      timeout: 30_000,
    });
    const opened = (await id.jsonValue()) as string;
    expect(want.map((f) => f.properties.id)).toContain(opened);
    await expect
      .poll(() => page.locator('#detail-title').textContent(), { timeout: 30_000 })
      .toBe(byId(opened).properties.title_es);

    expect(errors, errors.join('\n')).toEqual([]);
    await context.close();
  });

  it('the list view pages by keyboard: focus stays on the pager, in view, the new rows are announced', async () => {
    const { page, context, errors } = await openPage(getBrowser(), `${base}?from=2023-01-10&to=2023-02-20&lang=en`);
    const total = expected('2023-01-10', '2023-02-20').length;
    const PAGE = 1000;
    const pages = Math.ceil(total / PAGE);
    expect(pages).toBeGreaterThan(2);
    const fmt = (n: number) => n.toLocaleString('en-GB');
    const rowsText = (p: number) =>
      `Events ${fmt(p * PAGE + 1)}–${fmt(Math.min(total, (p + 1) * PAGE))} of ${fmt(total)}`;
    await page.locator('[data-testid=view-switch] button[data-pane=list]').click();
    const list = page.locator('[data-testid=event-list]');
    await list.locator('tbody tr').first().waitFor();
    expect(await list.locator('tbody tr').count()).toBe(PAGE);
    expect(await page.locator('[data-testid=list-rows]').textContent()).toBe(rowsText(0));
    // Tab to the pager's "Next page" (the pager comes before the rows).
    for (let k = 0; k < 40; k++) {
      if (await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Next page')) break;
      await page.keyboard.press('Tab');
    }
    /** The focused element's name, and whether it is inside the window and inside every box that clips it. */
    const focus = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        let visible = r.top >= 0 && r.bottom <= innerHeight && r.width > 0;
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          const st = getComputedStyle(a);
          if (st.overflowY === 'visible') continue;
          const ar = a.getBoundingClientRect();
          if (r.top < ar.top - 0.5 || r.bottom > ar.bottom + 0.5) visible = false;
        }
        return { name: el === document.body ? 'body' : (el.textContent ?? '').trim(), visible };
      });
    expect(await focus()).toEqual({ name: 'Next page', visible: true });
    const announcer = page.locator('[data-testid=announcer]');
    for (let p = 1; p < pages; p++) {
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('[data-testid=list-rows]').textContent()).toBe(rowsText(p));
      await expect.poll(() => announcer.textContent()).toContain(rowsText(p));
      // Focus stays where the reader pressed, in view; on the last page (Next disabled) it goes to Previous.
      expect(await focus()).toEqual({ name: p < pages - 1 ? 'Next page' : 'Previous page', visible: true });
    }
    expect(await list.locator('tbody tr').count()).toBe(total - (pages - 1) * PAGE);
    expect(errors, errors.join('\n')).toEqual([]);
    await context.close();
  });

  it('downloads the filtered events: CSV and GeoJSON hold exactly the events of the view', async () => {
    const { page, context, errors } = await openPage(
      getBrowser(),
      `${base}?from=2023-01-20&to=2023-01-26&cat=march,strike,repression`,
    );
    const want = expected('2023-01-20', '2023-01-26', ['march', 'strike', 'repression']).map((f) => f.properties.id);
    expect(want.length).toBeGreaterThan(100);
    const download = async (nth: number) => {
      if ((await page.locator('.downloads').getAttribute('open')) === null)
        await page.locator('.downloads summary').click();
      const [d] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.locator('.downloads button').nth(nth).click(),
      ]);
      return readFileSync((await d.path())!, 'utf8');
    };
    const csv = parseCsv((await download(0)).replace(/^\ufeff/, ''));
    const idColumn = csv.header.indexOf('id');
    expect(csv.records.map((r) => r.cells[idColumn]).sort()).toEqual([...want].sort());
    const geo = JSON.parse(await download(1)) as { features: { properties: { id: string } }[] };
    expect(geo.features.map((f) => f.properties.id).sort()).toEqual([...want].sort());
    expect(errors, errors.join('\n')).toEqual([]);
    await context.close();
  });
});
