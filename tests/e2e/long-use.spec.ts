/**
 * Issue 11, point 9: long use does not leak. The whole period is played through ten times — the window steps one
 * day at a time from 7 Dec 2022 to 31 Mar 2023, and every step updates the map's source, the timeline and the
 * counts — and after forced garbage collection the JS heap, the number of event listeners and the number of DOM
 * nodes are no higher after the tenth lap than after the first (small noise allowed).
 *
 * Speed: the steps are driven through the state (`atlasState.play()` arms the window as the play button does,
 * then `step()` is called directly, the `atlasState` test hook) without the 700 ms timer, and the map draws every
 * third step.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, sharedBrowser } from './browser';

const baseURL = inject('baseURL');
const getBrowser = sharedBrowser();

const LAPS = 10;

interface Steppable {
  play(): void;
  pause(): void;
  step(): boolean;
  playing: boolean;
}

/** One play-through of the whole period; returns the number of steps taken. */
async function lap(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const app = (document.querySelector('.atlas') as unknown as { atlasState: Steppable }).atlasState;
    app.play(); // from the whole period or the end: a one-week window at the start, as the play button does
    app.pause(); // the test steps itself
    let steps = 0;
    while (app.step()) {
      steps++;
      // Each step's effects (map source, timeline, counts) run in Svelte's microtask flush; the map draws on
      // animation frames, one every third step here (a real play draws one per step, 700 ms apart).
      await new Promise((r) => (steps % 3 ? setTimeout(r, 0) : requestAnimationFrame(r)));
    }
    return steps;
  });
}

interface Sample {
  heap: number;
  listeners: number;
  nodes: number;
  attached: number;
}

describe('long use', () => {
  it(
    `playing through the whole period ${LAPS} times leaves no growing heap, listeners or DOM nodes`,
    {
      timeout: 300_000,
    },
    async () => {
      const { page, context, errors } = await openPage(getBrowser(), `${baseURL}?lang=en`);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');

      async function sample(): Promise<Sample> {
        await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout: 60_000 });
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        const { metrics } = await cdp.send('Performance.getMetrics');
        const m = (name: string) => metrics.find((x) => x.name === name)?.value ?? NaN;
        return {
          heap: m('JSHeapUsedSize'),
          listeners: m('JSEventListeners'),
          nodes: m('Nodes'),
          attached: await page.evaluate(() => document.getElementsByTagName('*').length),
        };
      }

      const samples: Sample[] = [];
      for (let i = 0; i < LAPS; i++) {
        const steps = await lap(page);
        expect(steps).toBeGreaterThan(100);
        samples.push(await sample());
      }
      const [first, last] = [samples[0]!, samples.at(-1)!];
      console.log(
        samples
          .map(
            (s, i) =>
              `lap ${i + 1}: heap ${(s.heap / 1e6).toFixed(1)} MB, listeners ${s.listeners}, nodes ${s.nodes}, attached elements ${s.attached}`,
          )
          .join('\n'),
      );
      // Warm-up happens in lap 1 (JIT, caches, tiles); from there on nothing may grow beyond noise.
      expect(last.heap).toBeLessThanOrEqual(first.heap * 1.1);
      expect(last.listeners).toBeLessThanOrEqual(first.listeners * 1.1);
      expect(last.nodes).toBeLessThanOrEqual(first.nodes * 1.1);
      expect(last.attached).toBeLessThanOrEqual(first.attached * 1.1);
      // And no steady climb either: the second half of the laps is not above the first half.
      const mean = (xs: Sample[]) => xs.reduce((s, x) => s + x.heap, 0) / xs.length;
      expect(mean(samples.slice(LAPS / 2))).toBeLessThanOrEqual(mean(samples.slice(1, LAPS / 2)) * 1.1);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
