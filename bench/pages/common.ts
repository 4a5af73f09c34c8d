/**
 * Shared code of the benchmark's reference pages (bare.html, setfilter.html): a MapLibre map in a container of
 * the size and view the bench passes in the query string (`?w=&h=&lng=&lat=&zoom=`, the app's map pane as
 * measured; these pages are bench-only), the regions basemap, and `window.__atlasBench` with the same contract
 * as the app's hook (src/components/map/bench-hook.ts) for what these pages can do.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, setWorkerUrl, type LayerSpecification, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

setWorkerUrl(workerUrl);

/** The app's root (these pages are built to bench/pages/ inside the app's dist). */
export const appRoot = new URL('../../', location.href);

/** The embedded basemap's colours (src/lib/map/style.ts), copied so that these pages never change with the app. */
const SEA = '#d6e4ec';
const LAND = '#fbfaf6';
const REGION_LINE = '#b4aa99';
const PERU_BOUNDS: [[number, number], [number, number]] = [
  [-81.4, -18.4],
  [-68.6, -0.0],
];

export function regionsStyle(extraLayers: LayerSpecification[] = []): StyleSpecification {
  return {
    version: 8,
    sources: { regions: { type: 'geojson', data: new URL('geo/regions.geojson', appRoot).href } },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
      { id: 'regions-fill', type: 'fill', source: 'regions', paint: { 'fill-color': LAND } },
      {
        id: 'regions-line',
        type: 'line',
        source: 'regions',
        paint: { 'line-color': REGION_LINE, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 8, 1.4] },
      },
      ...extraLayers,
    ],
  };
}

export function createMap(style: StyleSpecification): MapLibreMap {
  const q = new URLSearchParams(location.search);
  const num = (k: string) => (q.has(k) ? Number(q.get(k)) : NaN);
  const container = document.getElementById('map')!;
  const [w, h] = [num('w'), num('h')];
  if (Number.isFinite(w) && Number.isFinite(h)) Object.assign(container.style, { width: `${w}px`, height: `${h}px` });
  const [lng, lat, zoom] = [num('lng'), num('lat'), num('zoom')];
  const view = [lng, lat, zoom].every(Number.isFinite)
    ? { center: [lng, lat] as [number, number], zoom }
    : { bounds: PERU_BOUNDS, fitBoundsOptions: { padding: { top: 16, bottom: 36, left: 16, right: 16 } } };
  return new MapLibreMap({ container, style, ...view, minZoom: 3, maxZoom: 14, attributionControl: false });
}

/** performance.now() once the browser has finished the current frame (call it from a `render` listener). */
export function endOfFrame(): Promise<number> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(performance.now());
    };
    channel.port2.postMessage(0);
  });
}

/** End of the first frame after which `sourceId` has no pending update and its in-view tiles are loaded. */
export function frameWithSourceLoaded(map: MapLibreMap, sourceId: string): Promise<number> {
  return new Promise((resolve) => {
    const onRender = () => {
      if (!map.isSourceLoaded(sourceId)) return;
      map.off('render', onRender);
      endOfFrame().then(resolve);
    };
    map.on('render', onRender);
    map.triggerRepaint();
  });
}

export interface PageBench {
  firstEventsFrame: number | null;
  ready: Promise<number>;
  bounds: { from: number; to: number };
  setRange(from: number, to: number): Promise<number>;
  repaint(): Promise<number>;
  idle(): Promise<number>;
  play(): void;
  pause(): void;
  playing: boolean;
  visibleCount(): number;
  map: MapLibreMap;
}

/**
 * Installs `window.__atlasBench` on a reference page. `firstFrameSource` is the source whose first drawn
 * features count as the first frame (regions for the bare page, events for the setFilter page).
 */
export function installPageHook(
  map: MapLibreMap,
  firstFrameSource: string,
  extra: Partial<Pick<PageBench, 'setRange' | 'visibleCount' | 'bounds'>> = {},
): void {
  let resolveReady: (t: number) => void = () => {};
  let isIdle = false;
  map.on('render', () => (isIdle = false));
  map.on('idle', () => (isIdle = true));
  const bench: PageBench = {
    firstEventsFrame: null,
    ready: new Promise<number>((r) => (resolveReady = r)),
    bounds: { from: 0, to: 0 },
    setRange: () => Promise.reject(new Error('this page has no time range')),
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
    play() {},
    pause() {},
    playing: false,
    visibleCount: () => 0,
    map,
    ...extra,
  };
  const onFirst = () => {
    if (!map.getSource(firstFrameSource) || !map.isSourceLoaded(firstFrameSource)) return;
    if (!map.isSourceLoaded('regions') || map.querySourceFeatures(firstFrameSource).length === 0) return;
    map.off('render', onFirst);
    endOfFrame().then((t) => {
      bench.firstEventsFrame = t;
      resolveReady(t);
    });
  };
  map.on('render', onFirst);
  (window as unknown as { __atlasBench: PageBench }).__atlasBench = bench;
}
