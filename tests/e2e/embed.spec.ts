/**
 * The embed in a real browser (issue 6): an article on another origin embeds the atlas (`embed=1`) and we check
 * what a newsroom would before publishing — the height it asks for in the three formats and that it fits at
 * 320, 600 and 1000 px with no horizontal scroll, pym.js (the library itself) sizing it, the host driving it and
 * hearing back, state from the URL, both sandbox variants, storage, a frame born hidden, a reader's finger on a
 * 375×667 phone, the keyboard, the embed code pasted into a page, a sub-path on a plain static server, the example
 * article — and that no request leaves the atlas's origin.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launch, SHOT_DIR } from './browser';
import { dataset, expectedCount } from './fixtures';
import {
  atlasMessages,
  frameCount,
  frameMap,
  frameOf,
  hostPage,
  paragraphs,
  received,
  startOrigins,
  stopOrigins,
  sendSet,
  SUBPATH,
  waitForAtlas,
  waitForMessage,
  type Origins,
} from './embed-host';
import { embedHeight, embedMapHeight } from '../../src/lib/embed/height';

let o: Origins;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOT_DIR, { recursive: true });
  o = await startOrigins();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await stopOrigins(o);
});

const VERSION = dataset.meta.version;

/** A fresh context that records every request (with the frame that made it) and every console error. */
async function open(opts: { width?: number; height?: number; touch?: boolean; locale?: string } = {}) {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
    hasTouch: opts.touch ?? false,
    isMobile: opts.touch ?? false,
    locale: opts.locale ?? 'es-PE',
    timezoneId: 'Pacific/Auckland',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const requests: { url: string; atlasFrame: boolean }[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    let atlasFrame = true;
    try {
      atlasFrame = r.frame() !== page.mainFrame();
    } catch {
      // A worker's request has no frame: it is the atlas's (MapLibre's worker).
    }
    requests.push({ url: r.url(), atlasFrame });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, requests, errors };
}

/** Requests that left the two origins, and requests from the atlas that left its own. */
function foreign(requests: { url: string; atlasFrame: boolean }[]) {
  const local = (u: string) => u.startsWith('data:') || u.startsWith('blob:') || u === 'about:blank';
  return requests.filter(
    (r) =>
      !local(r.url) &&
      !r.url.startsWith(r.atlasFrame ? o.atlasOrigin : o.host.origin) &&
      !r.url.startsWith(o.atlasOrigin),
  );
}

function frameTag(id: string, src: string, attrs = '') {
  return `<iframe id="${id}" src="${src}" title="Atlas de las protestas en el Perú" ${attrs}></iframe>`;
}

describe('an article on another origin embeds the atlas', () => {
  it.each([320, 600, 1000])(
    'at %i px it asks for its height in the three formats, takes it, and fits with no horizontal scroll',
    async (width) => {
      const { context, page, requests, errors } = await open({ width: 1280, height: 1000 });
      const id = `atlas${width}`;
      const url = hostPage(
        o,
        `<p><a id="before" href="#before">Before the atlas</a></p>` +
          frameTag(
            id,
            `${o.atlasURL}?embed=1&amp;lang=es&amp;childId=${id}`,
            `width="${width}" data-peru-protest-atlas`,
          ) +
          `<p><a id="after" href="#after">After the atlas</a></p>`,
        `<script async src="${o.atlasURL}embed.js"></script>`,
      );
      await page.goto(url);
      const frame = await frameOf(page, id);
      await waitForAtlas(frame);
      const h = embedHeight(width);

      // The three formats, with the height the layout calls for at this width.
      await waitForMessage(
        page,
        id,
        `(d) => d && d.source === 'peru-protest-atlas' && d.type === 'height' && d.height === ${h}`,
      );
      await waitForMessage(
        page,
        id,
        `(d) => d && d.sentinel === 'amp' && d.type === 'embed-size' && d.height === ${h}`,
      );
      await waitForMessage(page, id, `(d) => d === 'pymxPYMx${id}xPYMxheightxPYMx${h}'`);

      // The resizer gave the frame that height, and it stays: no message asks for more once it is there.
      await page.waitForFunction(
        ([sel, want]) => Math.round(document.querySelector(sel)!.getBoundingClientRect().height) === want,
        [`#${id}`, h] as const,
      );
      const settled = (await atlasMessages<{ height: number }>(page, id, 'height')).length;
      await page.waitForTimeout(1500);
      const after = await atlasMessages<{ height: number }>(page, id, 'height');
      expect(after.slice(settled)).toEqual([]);
      expect(after.at(-1)?.height).toBe(h);

      // Open the folded parts too (legend, categories), then look for anything wider than the frame.
      await frame.locator('.legend summary').click();
      await frame.getByTestId('categories-button').click();
      const fit = await frame.evaluate(() => {
        const de = document.documentElement;
        window.scrollTo(200, 0);
        const cut: string[] = [];
        for (const el of Array.from(document.querySelectorAll('body *'))) {
          const hasText = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim());
          if (!hasText) continue;
          const r = el.getBoundingClientRect();
          if (r.width && (r.right > innerWidth + 1 || r.left < -1)) cut.push(`${el.tagName}.${el.className}`);
        }
        return { scrollX, scrollWidth: de.scrollWidth, clientWidth: de.clientWidth, cut };
      });
      expect(fit.scrollX).toBe(0);
      expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth);
      expect(fit.cut).toEqual([]);
      await frame.getByTestId('categories-button').click();
      await frame.locator('.legend summary').click();
      // Everything fits in the height it asked for: the frame does not scroll either.
      expect(await frame.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(0);
      // And the layout fills it as planned: the rows around the map took no more than their share, so the map has
      // the height the frame was asked for with (it is the part that gives way when a row grows).
      const mapHeight = await frame.evaluate(() => document.querySelector('.map-pane')!.getBoundingClientRect().height);
      expect(mapHeight).toBeGreaterThanOrEqual(embedMapHeight(width) - 2);

      await frame.waitForSelector('[data-testid="map"][data-idle="true"]');
      await page.locator(`#${id}`).screenshot({ path: `${SHOT_DIR}/embed-${width}.png` });
      expect(foreign(requests)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('pym.js itself (pym.Parent, v1.3.2) builds the frame and sizes it from the atlas’s messages', async () => {
    const { context, page } = await open();
    const url = hostPage(
      o,
      `<div id="pym-atlas" style="width:700px"></div>`,
      `<script src="/vendor/pym/pym.v1.min.js"></script>` +
        `<script>addEventListener('DOMContentLoaded', function () { window.pymParent = new pym.Parent('pym-atlas', ${JSON.stringify(
          `${o.atlasURL}?embed=1&lang=en`,
        )}, { title: 'Peru Protest Atlas' }); });</script>`,
    );
    await page.goto(url);
    const iframe = page.locator('#pym-atlas iframe');
    await iframe.waitFor();
    expect(await iframe.getAttribute('src')).toContain('childId=pym-atlas');
    await page.waitForFunction(
      (want) => document.querySelector('#pym-atlas iframe')?.getAttribute('height') === `${want}px`,
      embedHeight(700),
      { timeout: 90_000 },
    );
    // The full-atlas link leaves pym's parameters behind.
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await waitForAtlas(frame, { map: false });
    const href = (await frame.locator('[data-testid="open-full"]').getAttribute('href'))!;
    expect(href).not.toMatch(/childId|initialWidth|parentTitle|parentUrl|embed=/);
    await context.close();
  });

  it('the host sets the view with messages (invalid fields ignored) and hears the state after each change', async () => {
    const { context, page, errors } = await open();
    const url = hostPage(
      o,
      frameTag('atlas', `${o.atlasURL}?embed=1&amp;lang=en`, 'width="1000" height="762"') +
        // A sibling frame (an ad, a widget) that tries to drive the atlas: not its parent, so it is ignored.
        `<iframe id="intruder" srcdoc="<button id=go>go</button>"></iframe>`,
    );
    await page.goto(url);
    const frame = await frameOf(page, 'atlas');
    await waitForAtlas(frame, { map: false });
    await waitForMessage(page, 'atlas', `(d) => d && d.type === 'state' && d.from === '2022-12-07'`);

    const send = (fields: Record<string, unknown>) => sendSet(page, 'atlas', fields);

    await send({ from: '2023-01-15', to: '2023-01-22', cat: ['march', 'repression'] });
    const week = expectedCount('2023-01-15', '2023-01-22', ['march', 'repression']);
    const s1 = (await waitForMessage(
      page,
      'atlas',
      `(d) => d && d.type === 'state' && d.from === '2023-01-15' && d.to === '2023-01-22'`,
    )) as Record<string, unknown>;
    expect(s1).toMatchObject({ cat: ['march', 'repression'], events: week, region: null, event: null, v: VERSION });
    expect(await frameCount(frame)).toBe(week);

    // Invalid fields are dropped one by one; the valid one still applies.
    await send({ from: 'yesterday', to: '2023-01-20', cat: ['riot'], region: 'PE-XXX', event: '<b>' });
    const s2 = (await waitForMessage(
      page,
      'atlas',
      `(d) => d && d.type === 'state' && d.to === '2023-01-20'`,
    )) as Record<string, unknown>;
    expect(s2).toMatchObject({ from: '2023-01-15', cat: ['march', 'repression'], region: null, event: null });

    // An event and a region: the event's card opens in the embed — without a new entry in the article's history
    // (the reader's Back must leave the article, not close the event inside the frame).
    const entries = await page.evaluate(() => history.length);
    const juliaca = dataset.events.find((e) => e.id === '2023-01-09-juliaca-airport-massacre')!;
    await send({ from: '2023-01-09', to: '2023-01-09', region: 'PE-PUN', event: juliaca.id, cat: null });
    await frame.locator('[data-testid="embed-card"] [data-testid="detail-panel"]').waitFor();
    await page.waitForTimeout(600); // past the URL write's throttle
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expect(await frame.locator('[data-testid="detail-panel"] h2').first().textContent()).toContain(
      juliaca.title_en.slice(0, 20),
    );
    const s3 = (await waitForMessage(
      page,
      'atlas',
      `(d) => d && d.type === 'state' && d.region === 'PE-PUN'`,
    )) as Record<string, unknown>;
    expect(s3).toMatchObject({ from: '2023-01-09', to: '2023-01-09', event: juliaca.id, cat: expect.any(Array) });
    expect((s3.cat as string[]).length).toBe(7);
    expect(s3.events).toBe(await frameCount(frame));

    // null clears.
    await send({ event: null, region: null });
    await waitForMessage(
      page,
      'atlas',
      `(d) => d && d.type === 'state' && d.region === null && d.event === null && d.to === '2023-01-09'`,
    );
    expect(await frame.locator('[data-testid="embed-card"]').count()).toBe(0);

    // A region alone: the map fits it, as the link ?region=PE-PUN does.
    await send({ region: 'PE-PUN' });
    await waitForMessage(page, 'atlas', `(d) => d && d.type === 'state' && d.region === 'PE-PUN' && d.event === null`);
    await frame.waitForFunction(
      () => {
        const m = (
          document.querySelector('[data-testid=map]') as unknown as {
            maplibre?: { isMoving(): boolean; getZoom(): number };
          }
        ).maplibre;
        return !m || (!m.isMoving() && m.getZoom() > 5);
      },
      null,
      { timeout: 15_000 },
    );
    // Juliaca, in the middle of Puno, is on the map, clear of the open legend box (the fit keeps the region out
    // from under it).
    const puno = await frame.evaluate(() => {
      const el = document.querySelector('[data-testid=map]') as HTMLElement & {
        maplibre?: { project(ll: [number, number]): { x: number; y: number } };
      };
      if (!el.maplibre) return null;
      const p = el.maplibre.project([-70.13, -15.49]);
      const box = el.getBoundingClientRect();
      const legend = document.querySelector('details.legend[open]')?.getBoundingClientRect();
      return { x: p.x, y: p.y, width: box.width, height: box.height, clear: legend ? legend.right - box.left : 0 };
    });
    expect(puno).not.toBeNull();
    if (puno) {
      expect(puno.x).toBeGreaterThan(puno.clear);
      expect(puno.x).toBeLessThan(puno.width);
      expect(puno.y).toBeGreaterThan(0);
      expect(puno.y).toBeLessThan(puno.height);
    }
    await send({ region: null });

    // A map view, in the terms of links: the camera goes there (Cusco); null fits Peru again.
    await send({ map: '8/-13.52/-71.97' });
    await waitForMessage(page, 'atlas', `(d) => d && d.type === 'state' && /^8\\/-13\\.5/.test(d.map)`);
    const camera = () =>
      frame.evaluate(() => {
        const m = (
          document.querySelector('[data-testid=map]') as unknown as {
            maplibre?: { getZoom(): number; getCenter(): { lat: number; lng: number } };
          }
        ).maplibre;
        return m ? { zoom: m.getZoom(), ...m.getCenter() } : null;
      });
    await frame.waitForFunction(() => {
      const m = (document.querySelector('[data-testid=map]') as unknown as { maplibre?: { isMoving(): boolean } })
        .maplibre;
      return !m || !m.isMoving();
    });
    const there = await camera();
    if (there) {
      expect(there.zoom).toBeCloseTo(8, 1);
      expect(there.lat).toBeCloseTo(-13.52, 1);
      expect(there.lng).toBeCloseTo(-71.97, 1);
    }
    await send({ map: null });
    await frame.waitForFunction(
      () =>
        (document.querySelector('[data-testid=embed]') as unknown as { atlasState: { view: unknown } }).atlasState
          .view === null,
    );
    await page.waitForFunction(() => {
      const states = (window as unknown as { __messages: { data: { type?: string; map?: unknown } }[] }).__messages
        .map((m) => m.data)
        .filter((d) => d && d.type === 'state');
      return states.at(-1)?.map === null;
    });
    if (there) {
      await page.waitForTimeout(900); // the easing back (700 ms)
      expect((await camera())!.zoom).toBeLessThan(7);
    }

    // The sibling frame's message changes nothing.
    const before = await frame.locator('[data-testid="range-label"]').textContent();
    await page
      .frameLocator('#intruder')
      .locator('#go')
      .evaluate(() => {
        const atlas = parent.document.getElementById('atlas') as HTMLIFrameElement;
        atlas.contentWindow!.postMessage(
          { target: 'peru-protest-atlas', type: 'set', from: '2022-12-07', to: '2023-03-31' },
          '*',
        );
      });
    await page.waitForTimeout(800);
    expect(await frame.locator('[data-testid="range-label"]').textContent()).toBe(before);

    // get: the host can ask at any time.
    const count = (await atlasMessages(page, 'atlas', 'state')).length;
    await page.evaluate(() =>
      (document.getElementById('atlas') as HTMLIFrameElement).contentWindow!.postMessage(
        { target: 'peru-protest-atlas', type: 'get' },
        '*',
      ),
    );
    await page.waitForFunction(
      (n) =>
        (window as unknown as { __messages: { data: { type?: string } }[] }).__messages.filter(
          (m) => m.data && m.data.type === 'state',
        ).length > n,
      count,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads its state from the URL, and links to the full atlas with the same view in a new tab', async () => {
    const { context, page } = await open();
    const src = `${o.atlasURL}?embed=1&amp;from=2023-01-09&amp;to=2023-01-12&amp;cat=repression&amp;lang=en`;
    await page.goto(hostPage(o, frameTag('atlas', src, 'width="800" height="755"')));
    const frame = await frameOf(page, 'atlas');
    await waitForAtlas(frame, { map: false });
    expect(await frame.locator('h1').textContent()).toBe('Peru Protest Atlas');
    expect(await frameCount(frame)).toBe(expectedCount('2023-01-09', '2023-01-12', ['repression']));
    const state = (await waitForMessage(page, 'atlas', `(d) => d && d.type === 'state'`)) as Record<string, unknown>;
    expect(state).toMatchObject({ from: '2023-01-09', to: '2023-01-12', cat: ['repression'], lang: 'en' });
    // The frame keeps embed=1 in the address it writes (a reload stays an embed).
    await frame.waitForFunction(() => location.search.includes('v='));
    expect(await frame.evaluate(() => location.search)).toContain('embed=1');

    const link = frame.locator('[data-testid="open-full"]');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('href')).toBe(
      `${o.atlasURL}?from=2023-01-09&to=2023-01-12&cat=repression&lang=en&v=${VERSION}`,
    );
    const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(`${o.atlasURL}?from=2023-01-09&to=2023-01-12&cat=repression&lang=en&v=${VERSION}`);
    await context.close();
  });
});

describe('sandboxed frames, cookies and storage', () => {
  it.each([
    ['allow-scripts allow-same-origin allow-popups', 'same'],
    ['allow-scripts', 'opaque'],
  ])('sandbox="%s": draws, sizes itself, obeys the host, stores nothing', async (sandbox, kind) => {
    const { context, page, requests, errors } = await open();
    const url = hostPage(
      o,
      frameTag(
        'atlas',
        `${o.atlasURL}?embed=1&amp;lang=en`,
        `sandbox="${sandbox}" width="600" data-peru-protest-atlas`,
      ),
      `<script async src="${o.atlasURL}embed.js"></script>`,
    );
    await page.goto(url);
    const frame = await frameOf(page, 'atlas');
    await waitForAtlas(frame);
    expect(await frame.evaluate(() => window.origin)).toBe(kind === 'opaque' ? 'null' : o.atlasOrigin);
    const drawn = await frame.evaluate(
      () =>
        (
          document.querySelector('[data-testid=map]') as unknown as {
            atlasEvents: { drawn(): { singles: unknown[]; groups: unknown[] } };
          }
        ).atlasEvents.drawn().groups.length,
    );
    expect(drawn).toBeGreaterThan(0);
    const h = embedHeight(600);
    await page.waitForFunction(
      (want) => Math.round(document.getElementById('atlas')!.getBoundingClientRect().height) === want,
      h,
    );
    const msgs = await received(page, 'atlas');
    expect(msgs.some((m) => m.origin === (kind === 'opaque' ? 'null' : o.atlasOrigin))).toBe(true);

    await page.evaluate(() =>
      (document.getElementById('atlas') as HTMLIFrameElement).contentWindow!.postMessage(
        { target: 'peru-protest-atlas', type: 'set', from: '2023-02-01', to: '2023-02-07' },
        '*',
      ),
    );
    await frame.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="visible-count"]')?.textContent?.replace(/\D/g, '')) === n,
      expectedCount('2023-02-01', '2023-02-07'),
    );
    // Pan and open something, then look for anything stored.
    await frame.getByTestId('categories-button').click();
    await frame.locator('.filters .toggle').first().click();
    const stored = await frame.evaluate(() => {
      try {
        return { cookie: document.cookie, local: localStorage.length, session: sessionStorage.length };
      } catch (e) {
        return { blocked: String(e).slice(0, 40) };
      }
    });
    if (kind === 'opaque') expect(stored).toHaveProperty('blocked');
    else expect(stored).toEqual({ cookie: '', local: 0, session: 0 });
    expect(await context.cookies()).toEqual([]);
    expect(foreign(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('survives storage and cookies that throw', async () => {
    const { context, page, errors } = await open();
    await context.addInitScript(() => {
      const boom = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      for (const name of ['localStorage', 'sessionStorage', 'indexedDB', 'caches'])
        Object.defineProperty(window, name, { get: boom, configurable: true });
      Object.defineProperty(Document.prototype, 'cookie', { get: boom, set: boom, configurable: true });
    });
    await page.goto(hostPage(o, frameTag('atlas', `${o.atlasURL}?embed=1&amp;lang=en`, 'width="600" height="710"')));
    const frame = await frameOf(page, 'atlas');
    await waitForAtlas(frame);
    expect(
      await frame.evaluate(() => {
        try {
          return localStorage.length >= 0 ? 'readable' : '';
        } catch {
          return 'throws';
        }
      }),
    ).toBe('throws');
    await frame.getByTestId('categories-button').click();
    await frame.locator('.filters .toggle').first().click();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('born hidden', () => {
  it('a frame created hidden (display:none, or zero-size) fits Peru like a frame visible from the start', async () => {
    const { context, page, errors } = await open({ width: 1280, height: 900 });
    const src = `${o.atlasURL}?embed=1&amp;lang=en`;
    const url = hostPage(
      o,
      frameTag('visible', src, 'width="1000" height="762"') +
        `<div id="tab" style="display:none">${frameTag('hidden', src, 'width="1000" height="762"')}</div>` +
        frameTag('zero', src, 'width="0" height="0"'),
    );
    await page.goto(url);
    const visible = await frameOf(page, 'visible');
    await waitForAtlas(visible);
    const hidden = await frameOf(page, 'hidden');
    const zero = await frameOf(page, 'zero');
    // Both hidden atlases have started (their data is in) while nobody could see them.
    await waitForAtlas(hidden, { map: false });
    await waitForAtlas(zero, { map: false });

    await page.evaluate(() => {
      document.getElementById('tab')!.style.display = 'block';
      const z = document.getElementById('zero') as HTMLIFrameElement;
      z.width = '1000';
      z.height = '762';
    });
    // Off-screen cross-origin frames are not rendered: bring each into view in turn.
    await page.locator('#hidden').scrollIntoViewIfNeeded();
    await waitForAtlas(hidden);
    await page.locator('#zero').scrollIntoViewIfNeeded();
    await waitForAtlas(zero);
    // MapLibre's own resize is throttled: let the last one land.
    await page.waitForTimeout(500);
    await zero.waitForSelector('[data-testid="map"][data-idle="true"]');

    const want = await frameMap(visible);
    for (const frame of [hidden, zero]) {
      const got = await frameMap(frame);
      expect(got.zoom).toBeCloseTo(want.zoom, 3);
      for (const k of ['lat', 'lng', 'west', 'east', 'south', 'north'] as const) expect(got[k]).toBeCloseTo(want[k], 3);
      // The timeline and the legend are laid out for the real width.
      const layout = await frame.evaluate(() => ({
        svg: document.querySelector('[data-testid=timeline] svg')!.getBoundingClientRect().width,
        legendOpen: (document.querySelector('.legend') as HTMLDetailsElement).open,
      }));
      const expected = await visible.evaluate(() => ({
        svg: document.querySelector('[data-testid=timeline] svg')!.getBoundingClientRect().width,
        legendOpen: (document.querySelector('.legend') as HTMLDetailsElement).open,
      }));
      expect(layout).toEqual(expected);
    }
    await page.locator('#hidden').scrollIntoViewIfNeeded();
    await hidden.waitForSelector('[data-testid="map"][data-idle="true"]');
    await page.locator('#hidden').screenshot({ path: `${SHOT_DIR}/embed-born-hidden.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a reader on a 375×667 touch screen', () => {
  async function touch(
    cdp: CDPSession,
    type: 'touchStart' | 'touchMove' | 'touchEnd',
    points: { x: number; y: number; id?: number }[],
  ) {
    await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  }
  /** One or more fingers moving together by (dx, dy) in ten steps. */
  async function drag(cdp: CDPSession, fingers: { x: number; y: number }[], dx: number, dy: number) {
    const at = (i: number) => fingers.map((f, k) => ({ x: f.x + (dx * i) / 10, y: f.y + (dy * i) / 10, id: k + 1 }));
    await touch(cdp, 'touchStart', at(0));
    for (let i = 1; i <= 10; i++) await touch(cdp, 'touchMove', at(i));
    await touch(cdp, 'touchEnd', []);
  }

  it('a one-finger vertical swipe anywhere on the embed scrolls the article; two fingers move the map; a sideways drag sets the range', async () => {
    const { context, page, errors } = await open({ width: 375, height: 667, touch: true });
    const url = hostPage(
      o,
      paragraphs(3) +
        frameTag('atlas', `${o.atlasURL}?embed=1&amp;lang=es`, 'style="width:100%" data-peru-protest-atlas') +
        paragraphs(12),
      `<script async src="${o.atlasURL}embed.js"></script>`,
    );
    await page.goto(url);
    const frame = await frameOf(page, 'atlas');
    // Chromium does not render a cross-origin frame below the fold (nor does MapLibre load there) until a reader
    // scrolls to it, as in life.
    await page.locator('#atlas').scrollIntoViewIfNeeded();
    await waitForAtlas(frame);
    await page.waitForFunction(
      (want) => Math.round(document.getElementById('atlas')!.getBoundingClientRect().height) === want,
      // A touch screen: the layout's targets are sized for fingers, and its height with them (issue 7).
      embedHeight(375, true),
    );
    const cdp = await context.newCDPSession(page);
    const top = await page.evaluate(() => document.getElementById('atlas')!.getBoundingClientRect().top + scrollY);
    const center = () => frameMap(frame);
    const range = () => frame.locator('[data-testid="range-label"]').textContent();

    for (const [part, selector] of [
      ['map', '[data-testid="map"]'],
      ['timeline', '[data-testid="timeline"] svg'],
      ['header', '.top'],
      ['credits', '.foot'],
    ] as const) {
      await page.evaluate((y) => scrollTo(0, y), top - 10);
      await page.waitForTimeout(200);
      const box = (await frame.locator(selector).boundingBox())!;
      const y0 = await page.evaluate(() => scrollY);
      const map0 = await center();
      const range0 = await range();
      const start = { x: box.x + box.width / 2, y: Math.min(box.y + box.height / 2 + 60, 600) };
      await drag(cdp, [start], 0, -220);
      await page.waitForTimeout(700);
      const y1 = await page.evaluate(() => scrollY);
      expect(y1 - y0, `swipe on the ${part} scrolls the article`).toBeGreaterThan(100);
      const map1 = await center();
      expect(map1.lat, `swipe on the ${part} leaves the map`).toBeCloseTo(map0.lat, 6);
      expect(map1.zoom).toBeCloseTo(map0.zoom, 6);
      expect(await range(), `swipe on the ${part} leaves the range`).toBe(range0);
    }

    // An open event: its card sits below the map in the page's flow (not a scroll box of its own), the frame asks
    // for its height on top of the layout's, and one swipe on its text scrolls the article (a fresh tester needed
    // 16 swipes to get past a card that scrolled on its own).
    const event = dataset.events.find((e) => e.id === '2023-01-09-juliaca-airport-massacre')!;
    await page.evaluate(
      (id) =>
        (document.getElementById('atlas') as HTMLIFrameElement).contentWindow!.postMessage(
          { target: 'peru-protest-atlas', type: 'set', from: '2023-01-09', to: '2023-01-09', event: id },
          '*',
        ),
      event.id,
    );
    const card = frame.locator('[data-testid="embed-card"]');
    await card.locator('[data-testid="detail-panel"]').waitFor();
    const cardBox = await card.evaluate((el) => ({
      height: Math.round(el.getBoundingClientRect().height),
      scrolls: el.scrollHeight > el.clientHeight + 1,
      inMap: !!el.closest('.map-pane'),
    }));
    expect(cardBox).toMatchObject({ scrolls: false, inMap: false });
    expect(cardBox.height).toBeGreaterThan(150);
    await page.waitForFunction(
      (want) => Math.abs(document.getElementById('atlas')!.getBoundingClientRect().height - want) <= 1,
      embedHeight(375, true) + cardBox.height,
    );
    expect(await frame.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(1);
    const cardTop = (await card.boundingBox())!.y;
    await page.evaluate((y) => scrollBy(0, y), cardTop - 200);
    await page.waitForTimeout(200);
    {
      const box = (await card.boundingBox())!;
      const y0 = await page.evaluate(() => scrollY);
      await drag(cdp, [{ x: box.x + box.width / 2, y: Math.max(box.y, 0) + 150 }], 0, -220);
      await page.waitForTimeout(700);
      expect(
        (await page.evaluate(() => scrollY)) - y0,
        'one swipe on the open event scrolls the article',
      ).toBeGreaterThan(100);
    }
    // Closed, the frame goes back to the layout's height.
    await card
      .getByRole('button', { name: /cerrar/i })
      .first()
      .click();
    await page.waitForFunction(
      (want) => Math.round(document.getElementById('atlas')!.getBoundingClientRect().height) === want,
      embedHeight(375, true),
    );

    // The map shows its hint in the reader's language, and moves with two fingers (the page does not).
    expect(await frame.locator('.maplibregl-cooperative-gesture-screen .maplibregl-mobile-message').textContent()).toBe(
      'Use dos dedos para mover el mapa',
    );
    await page.evaluate((y) => scrollTo(0, y), top - 10);
    await page.waitForTimeout(200);
    const mapBox = (await frame.locator('[data-testid="map"]').boundingBox())!;
    const y0 = await page.evaluate(() => scrollY);
    const before = await center();
    const cx = mapBox.x + mapBox.width / 2;
    const cy = mapBox.y + mapBox.height / 2;
    await drag(
      cdp,
      [
        { x: cx - 40, y: cy },
        { x: cx + 40, y: cy },
      ],
      60,
      50,
    );
    await page.waitForTimeout(800);
    const moved = await center();
    expect(Math.abs(moved.lng - before.lng) + Math.abs(moved.lat - before.lat)).toBeGreaterThan(0.5);
    expect(await page.evaluate(() => scrollY)).toBe(y0);

    // A sideways drag across the timeline's histogram sets a range; the page stays put.
    const svg = (await frame.locator('[data-testid="timeline"] svg').boundingBox())!;
    const range0 = await range();
    // At 40 % of its height: the histogram (the deaths strip and the toll band below it belong to the thumbs).
    await drag(cdp, [{ x: svg.x + 90, y: svg.y + svg.height * 0.4 }], 120, 6);
    await page.waitForTimeout(500);
    expect(await range()).not.toBe(range0);
    expect(await page.evaluate(() => scrollY)).toBe(y0);

    await page.evaluate((y) => scrollTo(0, y), top - 10);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOT_DIR}/embed-phone-article.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the full atlas on a 375×667 touch screen', () => {
  it('in a plain iframe (no script on the page, so it cannot grow) an open event stays over the map and nothing scrolls inside the frame', async () => {
    const { context, page, errors } = await open({ width: 375, height: 667, touch: true });
    const h = embedHeight(640); // the dialog's plain code
    const event = '2023-01-19-toma-de-lima-march';
    const url = hostPage(
      o,
      paragraphs(1) +
        frameTag('plain', `${o.atlasURL}?embed=1&amp;lang=en&amp;event=${event}`, `width="100%" height="${h}"`) +
        paragraphs(6),
    );
    await page.goto(url);
    const frame = await frameOf(page, 'plain');
    await page.locator('#plain').scrollIntoViewIfNeeded();
    await waitForAtlas(frame);
    await frame.locator('[data-testid="embed-card"] [data-testid="detail-panel"]').waitFor();
    await page.waitForTimeout(800);
    expect(await frame.evaluate(() => !!document.querySelector('.map-pane [data-testid="embed-card"]'))).toBe(true);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(1);
    expect(
      await page.evaluate(() => Math.round(document.getElementById('plain')!.getBoundingClientRect().height)),
    ).toBe(h);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a host message that opens an event in a region and then clears both leaves Peru fitted, while the frame grows and shrinks', async () => {
    const { context, page, errors } = await open({ width: 375, height: 667, touch: true });
    const url = hostPage(
      o,
      frameTag('atlas', `${o.atlasURL}?embed=1&amp;lang=en`, 'style="width:100%" data-peru-protest-atlas') +
        paragraphs(8),
      `<script async src="${o.atlasURL}embed.js"></script>`,
    );
    await page.goto(url);
    const frame = await frameOf(page, 'atlas');
    await waitForAtlas(frame);
    await page.waitForFunction(
      (want) => Math.round(document.getElementById('atlas')!.getBoundingClientRect().height) === want,
      embedHeight(375, true),
    );
    const peru = await frameMap(frame);
    const send = (fields: Record<string, unknown>) => sendSet(page, 'atlas', fields);
    await send({ event: '2023-01-19-toma-de-lima-march', region: 'PE-LMA' });
    await frame.locator('[data-testid="embed-card"] [data-testid="detail-panel"]').waitFor();
    // The frame grew for the card below the map.
    await page.waitForFunction(
      (plain) => document.getElementById('atlas')!.getBoundingClientRect().height > plain + 100,
      embedHeight(375, true),
    );
    await send({ event: null, region: null });
    await page.waitForFunction(
      (want) => Math.round(document.getElementById('atlas')!.getBoundingClientRect().height) === want,
      embedHeight(375, true),
    );
    await frame.waitForSelector('[data-testid="map"][data-idle="true"]');
    await page.waitForTimeout(1000);
    const back = await frameMap(frame);
    // All of Peru in view (lat −18.4…0, lng −81.3…−68.7), at about the zoom it was first fitted at: a fit during
    // the resize had left the map over Chile, with Peru off its top edge.
    expect(back.north).toBeGreaterThan(-1);
    expect(back.south).toBeLessThan(-17.5);
    expect(back.west).toBeLessThan(-80.5);
    expect(back.east).toBeGreaterThan(-69.5);
    expect(Math.abs(back.zoom - peru.zoom)).toBeLessThan(0.5);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('one finger on the map scrolls the page, and the hint follows the language', async () => {
    const { context, page, errors } = await open({ width: 375, height: 667, touch: true });
    await page.goto(`${o.atlasURL}?lang=es`);
    await waitForAtlas(page.mainFrame());
    const cdp = await context.newCDPSession(page);
    const box = (await page.locator('[data-testid="map"]').boundingBox())!;
    const before = await frameMap(page.mainFrame());
    const x = box.x + box.width / 2;
    const y = box.y + box.height * 0.7;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 10; i++)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - 20 * i }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForTimeout(700);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(100);
    expect((await frameMap(page.mainFrame())).lat).toBeCloseTo(before.lat, 6);

    const hint = page.locator('.maplibregl-cooperative-gesture-screen .maplibregl-mobile-message');
    expect(await hint.textContent()).toBe('Use dos dedos para mover el mapa');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    expect(await hint.textContent()).toBe('Use two fingers to move the map');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the keyboard', () => {
  async function activeId(page: Page) {
    return page.evaluate(() => document.activeElement?.id ?? '');
  }

  it('Tab goes through the embed and out of it, both ways; the embed dialog gives focus back', async () => {
    const { context, page } = await open();
    await page.goto(
      hostPage(
        o,
        `<p><a id="before" href="#b">Before</a></p>` +
          frameTag('atlas', `${o.atlasURL}?embed=1&amp;lang=en`, 'width="700" height="758"') +
          `<p><a id="after" href="#a">After</a></p>`,
      ),
    );
    const frame = await frameOf(page, 'atlas');
    await waitForAtlas(frame);
    // Open the categories so that their toggles are in the way too.
    await frame.getByTestId('categories-button').click();
    await page.locator('#before').focus();
    let presses = 0;
    while ((await activeId(page)) !== 'after' && presses < 80) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(await activeId(page)).toBe('after');
    expect(presses).toBeGreaterThan(5);
    presses = 0;
    while ((await activeId(page)) !== 'before' && presses < 80) {
      await page.keyboard.press('Shift+Tab');
      presses++;
    }
    expect(await activeId(page)).toBe('before');

    // The embed dialog: focus in, Escape out, focus back on its button.
    const opener = frame.locator('.foot .open');
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = frame.locator('[data-testid="embed-dialog"]');
    await dialog.waitFor();
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await opener.evaluate((b) => b === document.activeElement)).toBe(true);
    await context.close();
  });
});

describe('a story in the embed', () => {
  it('a story link opens its reader inside the embed, steps drive the range, and nothing scrolls sideways on a phone', async () => {
    const { context, page, errors } = await open({ width: 375, height: 760, touch: true, locale: 'en-GB' });
    await page.goto(`${o.atlasURL}?embed=1&lang=en&story=toma-de-lima-january-2023`);
    const reader = page.locator('[data-testid="story-reader"]');
    await reader.locator('[data-testid="story-step"]').waitFor();
    expect(await reader.locator('[data-testid="story-step"]').textContent()).toMatch(/1\D+\d/);
    expect(await page.locator('[data-testid="range-label"]').textContent()).toMatch(/15 Jan 2023\s*–\s*18 Jan 2023/);
    await reader.locator('[data-testid="story-next"]').click();
    await page.waitForFunction(() =>
      /19 Jan 2023/.test(document.querySelector('[data-testid="range-label"]')?.textContent ?? ''),
    );
    // Step 2 focuses Lima with its own view: the map's move to it is the story's, not the reader exploring.
    await page.locator('[data-testid="story-step"]', { hasText: /2/ }).waitFor();
    await page.waitForTimeout(1200); // the camera's ease (700 ms) and the view it writes
    expect(await page.locator('[data-testid="story-exploring"]').count()).toBe(0);
    expect(await page.evaluate(() => location.search)).toMatch(/story=toma-de-lima-january-2023/);
    expect(await page.evaluate(() => location.search)).toMatch(/embed=1/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: `${SHOT_DIR}/embed-story-375.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a story or an old version in an article', () => {
  it.each([
    ['a story step', 'story=juliaca-9-january-2023&amp;step=3', '[data-testid="story-reader"] h2'],
    ['a link pinned to 1.0.0', 'v=1.0.0&amp;from=2023-01-19&amp;to=2023-01-24', '[data-testid="version-notice"]'],
  ])('%s: the frame asks for the height of what it shows, so nothing scrolls inside it', async (_, query, shown) => {
    const { context, page, errors } = await open({ width: 375, height: 667, touch: true });
    const url = hostPage(
      o,
      `<p style="height:300px">Before the atlas</p>` +
        frameTag('told', `${o.atlasURL}?embed=1&amp;lang=en&amp;${query}`, 'width="100%" data-peru-protest-atlas') +
        `<p style="height:900px">After the atlas</p>`,
      `<script async src="${o.atlasURL}embed.js"></script>`,
    );
    await page.goto(url);
    const frame = await frameOf(page, 'told');
    await waitForAtlas(frame, { map: false });
    await frame.locator(shown).first().waitFor();
    // The frame grows past the plain layout's height to hold the notice or the story text, and its content fits.
    await page.waitForFunction(
      (plain) => document.getElementById('told')!.getBoundingClientRect().height > plain,
      embedHeight(375),
    );
    await page.waitForTimeout(800);
    const frameHeight = await page.evaluate(() =>
      Math.round(document.getElementById('told')!.getBoundingClientRect().height),
    );
    const content = await frame.evaluate(() => document.documentElement.scrollHeight);
    expect(content).toBeLessThanOrEqual(frameHeight + 1);
    // Everything the layout holds is inside the frame, down to the link to the full atlas.
    const bottom = await frame.evaluate(
      () => document.querySelector('[data-testid="open-full"]')!.getBoundingClientRect().bottom,
    );
    expect(bottom).toBeLessThanOrEqual(frameHeight);
    // No box inside the frame scrolls on its own (it would hold a phone reader's swipes).
    const scrollers = await frame.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => {
          const cs = getComputedStyle(el);
          return /(auto|scroll)/.test(cs.overflowY) && el.scrollHeight > el.clientHeight + 1;
        })
        .map((el) => el.className || el.tagName),
    );
    expect(scrollers).toEqual([]);
    await page
      .locator('#told')
      .screenshot({ path: `${SHOT_DIR}/embed-told-${query.includes('story') ? 'story' : 'v1'}.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the embed code', () => {
  it('the dialog gives code for the current view; pasted into an article it shows that view at the right height', async () => {
    const { context, page } = await open({ locale: 'en-GB' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: o.atlasOrigin });
    await page.goto(`${o.atlasURL}?from=2023-01-15&to=2023-01-22&lang=en`);
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="visible-count"]')?.textContent?.replace(/\D/g, '')) > 0,
    );
    const opener = page.getByRole('button', { name: 'Embed', exact: true });
    await opener.click();
    const dialog = page.locator('[data-testid="embed-dialog"]');
    await dialog.waitFor();
    const code = (await dialog.locator('[data-testid="embed-code-responsive"]').inputValue()).trim();
    const plain = (await dialog.locator('[data-testid="embed-code-plain"]').inputValue()).trim();
    const src = `${o.atlasURL}?from=2023-01-15&amp;to=2023-01-22&amp;lang=en&amp;v=${VERSION}&amp;embed=1`;
    expect(plain).toBe(
      `<iframe src="${src}" title="Peru Protest Atlas: map and timeline (15 Jan 2023 – 22 Jan 2023)" width="100%" ` +
        `height="${embedHeight(640)}" style="width:100%;border:0" loading="lazy"></iframe>`,
    );
    expect(code).toContain('data-peru-protest-atlas');
    expect(code).toContain(`<script async src="${o.atlasURL}embed.js"></script>`);
    await dialog.getByRole('button', { name: 'Copy code' }).first().click();
    await dialog.getByText('Code copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await page.screenshot({ path: `${SHOT_DIR}/embed-dialog.png` });
    await page.keyboard.press('Escape');
    expect(await opener.evaluate((b) => b === document.activeElement)).toBe(true);

    // Pasted into an article column 700 px wide.
    const article = await context.newPage();
    await article.goto(hostPage(o, `<div style="width:700px">${paragraphs(1)}${code}${paragraphs(1)}</div>`));
    const iframe = article.locator('iframe[data-peru-protest-atlas]');
    expect(await iframe.getAttribute('title')).toBe('Peru Protest Atlas: map and timeline (15 Jan 2023 – 22 Jan 2023)');
    await iframe.scrollIntoViewIfNeeded();
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await waitForAtlas(frame, { map: false });
    await article.waitForFunction(
      (want) => Math.round(document.querySelector('iframe')!.getBoundingClientRect().height) === want,
      embedHeight(700),
    );
    expect(await frameCount(frame)).toBe(expectedCount('2023-01-15', '2023-01-22'));
    await context.close();
  });
});

describe('hosting', () => {
  it(`runs from a sub-path (${SUBPATH}) on a plain static server, asking only its own folder`, async () => {
    const { context, page, requests, errors } = await open();
    await page.goto(`${o.host.origin}${SUBPATH}?embed=1&from=2023-01-15&to=2023-01-22&lang=en`);
    await waitForAtlas(page.mainFrame());
    expect(await frameCount(page.mainFrame())).toBe(expectedCount('2023-01-15', '2023-01-22'));
    const outside = requests
      .map((r) => r.url)
      .filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && !u.startsWith(o.host.origin + SUBPATH));
    expect(outside).toEqual([]);
    expect(requests.some((r) => r.url.endsWith(`${SUBPATH}data/core.json`))).toBe(true);
    expect((await page.request.get(`${o.host.origin}${SUBPATH}embed.js`)).status()).toBe(200);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the example article (examples/article/)', () => {
  it('embeds the atlas at the height it asks for, and its steps drive it by button and by scrolling', async () => {
    const { context, page, requests, errors } = await open({ width: 1280, height: 900 });
    await page.goto(`${o.host.origin}/examples/article/?atlas=${encodeURIComponent(o.atlasURL)}`);
    const frame = await frameOf(page, 'atlas');
    await waitForAtlas(frame);
    const width = await page.locator('#atlas').evaluate((f) => Math.round(f.getBoundingClientRect().width));
    await page.waitForFunction(
      (want) => Math.round(document.getElementById('atlas')!.getBoundingClientRect().height) === want,
      embedHeight(width),
    );
    const caption = page.locator('#status');
    await page.waitForFunction(() =>
      /The atlas shows \d+ events/.test(document.getElementById('status')!.textContent!),
    );

    // A button: Juliaca, 9 January 2023.
    await page.locator('.step').nth(2).getByRole('button').click();
    await frame.locator('[data-testid="embed-card"] [data-testid="detail-panel"]').waitFor();
    await page.waitForFunction(() => document.getElementById('status')!.textContent!.includes('9 Jan 2023.'));

    // Scrolling: the last step crosses the middle of the screen.
    await page
      .locator('.step')
      .nth(3)
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const n = expectedCount('2023-01-15', '2023-01-28', ['march', 'repression']);
    await page.waitForFunction(
      (want) => document.getElementById('status')!.textContent!.includes(`shows ${want} event`),
      n,
    );
    expect(await caption.textContent()).toContain('15 Jan 2023 – 28 Jan 2023');
    expect(await frameCount(frame)).toBe(n);
    await frame.waitForSelector('[data-testid="map"][data-idle="true"]');
    await page.screenshot({ path: `${SHOT_DIR}/embed-example-article.png` });
    expect(foreign(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
