/**
 * Benchmark hook: `window.__atlasBench`, the only way scripts/bench.ts measures the app. Compiled in only when
 * the build runs with `VITE_BENCH=1` (MapView calls `installBenchHook` behind `import.meta.env.VITE_BENCH ===
 * '1'`, so a production build drops this module); never read from the URL.
 *
 * Contract (keep it when the map layer changes; re-implement the bodies, not the shape):
 *
 * - `firstEventsFrame: number | null` — `performance.now()` (ms since navigation start) of the end of the first
 *   map frame that draws events: the first frame the WebGL events layer drew with data in it (its
 *   `atlas:events-frame` event), with the regions drawn too. `ready` resolves with it.
 * - `setRange(from, to): Promise<number>` — sets the time range (inclusive Day numbers, days since 1970-01-01
 *   as in src/lib/time/days.ts) as the timeline would, and resolves with `performance.now()` at the end of the
 *   first frame that shows it. Time a step as `t0 = performance.now(); t1 = await setRange(a, b); t1 - t0`.
 *   The range goes through AppState (flushed synchronously, so Svelte's effects — the layer's uniforms and group
 *   sums, the timeline's clip, the counts — run inside the step), and the frame that shows it is the first frame
 *   the events layer draws after its uniforms were set (docs/design.md: no source is rebuilt).
 * - `repaint(): Promise<number>` — `triggerRepaint()` with nothing changed; resolves at the end of the next
 *   frame: the floor a scrub step is compared with.
 * - `idle(): Promise<number>` — resolves with the time of the map's next `idle` (or at once if the map is idle
 *   and nothing has rendered since). The bench waits for it between steps; its delay after `setRange` is
 *   reported as `scrubIdle` (it includes MapLibre's symbol placement recency and fades).
 * - `play()`, `pause()`, `playing` — the play button's behaviour.
 * - `bounds` — the period as Days; `visibleCount()` — the events counted in the current view.
 * - `map` — the MapLibre map (the bench counts `render` events on it and sets `map.repaint` for play fps).
 *
 * "End of the frame": the `render` event fires inside the animation-frame callback, before the browser lays
 * out and paints the page (the timeline's SVG included); the time is taken in a task posted from that event,
 * which runs once the browser has finished that frame, so DOM work caused by the step is counted.
 */
import { flushSync } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppState } from '../../lib/state/app-state.svelte';

export interface AtlasBench {
  readonly firstEventsFrame: number | null;
  readonly ready: Promise<number>;
  readonly bounds: { from: number; to: number };
  setRange(from: number, to: number): Promise<number>;
  repaint(): Promise<number>;
  idle(): Promise<number>;
  play(): void;
  pause(): void;
  readonly playing: boolean;
  visibleCount(): number;
  readonly map: MapLibreMap;
}

declare global {
  interface Window {
    __atlasBench?: AtlasBench;
  }
}

/** Resolves with performance.now() once the browser has finished the current frame (call from a `render`). */
function endOfFrame(): Promise<number> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(performance.now());
    };
    channel.port2.postMessage(0);
  });
}

/** The end of the next frame the events layer draws (it fires `atlas:events-frame` from its render). */
function nextEventsFrame(map: MapLibreMap): Promise<number> {
  return new Promise((resolve) => {
    window.addEventListener('atlas:events-frame', () => endOfFrame().then(resolve), { once: true });
    map.triggerRepaint();
  });
}

export function installBenchHook(map: MapLibreMap, app: AppState): void {
  let firstEventsFrame: number | null = null;
  let resolveReady: (t: number) => void = () => {};
  const ready = new Promise<number>((r) => (resolveReady = r));
  let isIdle = false;
  map.on('render', () => (isIdle = false));
  map.on('idle', () => (isIdle = true));

  const onFirst = () => {
    if (app.status !== 'ready' || !app.table || app.totals.events === 0) return;
    if (map.getSource('regions') && !map.isSourceLoaded('regions')) return;
    window.removeEventListener('atlas:events-frame', onFirst);
    endOfFrame().then((t) => {
      firstEventsFrame = t;
      resolveReady(t);
    });
  };
  window.addEventListener('atlas:events-frame', onFirst);

  window.__atlasBench = {
    get firstEventsFrame() {
      return firstEventsFrame;
    },
    ready,
    bounds: { ...app.bounds },
    setRange(from, to) {
      const frame = nextEventsFrame(map);
      flushSync(() => app.setRange({ from, to }));
      return frame;
    },
    repaint() {
      return new Promise((resolve) => {
        map.once('render', () => endOfFrame().then(resolve));
        map.triggerRepaint();
      });
    },
    idle() {
      if (isIdle) return Promise.resolve(performance.now());
      return new Promise((resolve) => map.once('idle', () => resolve(performance.now())));
    },
    play: () => app.play(),
    pause: () => app.pause(),
    get playing() {
      return app.playing;
    },
    visibleCount: () => app.totals.events,
    map,
  };
}
