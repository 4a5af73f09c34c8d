/**
 * The MapLibre map shared by context with the layer components under MapView (svelte-maplibre's MapContext
 * idea): MapView owns the map's lifecycle; each layer component reads the map from here, adds its own sources and
 * layers when `ready`, and removes them when it is destroyed.
 */
import { createContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { mayMoveCamera, type CameraOwner } from '../../lib/map/camera-owner';
import { motionMs } from '../a11y/media';

export class MapContext {
  map = $state.raw<MapLibreMap | null>(null);
  /**
   * The style's JSON is parsed: layers may be added, though its sources may still be loading. The events layer
   * joins here, so that its programs compile and its first frame draws with the basemap's, not one frame after
   * MapLibre's `load` (which waits for every source, labels and glyphs included): issue 10's load time.
   */
  styleReady = $state(false);
  /** The style and all its sources have loaded (MapLibre's `load`): the camera and the other layers start here. */
  ready = $state(false);
  /** The events' collision boxes are on the map (EventsLayer): the basemap's labels may be shown around them. */
  labelsPlaced = $state(false);
  /** The basemap's labels are shown (MapView; lib/map/style.ts LABEL_LAYERS). */
  labelsShown = $state(false);
  /**
   * How many times the map has come back from a lost WebGL context (a phone's tab in the background, a GPU reset).
   * MapLibre then rebuilds its style without custom layers and without feature state: the components that own those
   * read this and put them back once the rebuilt style has loaded.
   */
  restored = $state(0);
  /** MapLibre has drawn everything it was given (the browser tests wait on it). */
  idle = $state(false);
  /** The map's zoom, updated when a move ends (layers that depend on the zoom level read it). */
  zoom = $state(0);
  /** The tooltip a layer shows under the pointer (one at a time), in map container pixels. */
  tip = $state.raw<{ x: number; y: number; title: string; sub: string } | null>(null);
  /** The region under the pointer's tooltip, shown when no event is (RegionsLayer). */
  regionTip = $state.raw<{ x: number; y: number; title: string; sub: string } | null>(null);
  /** Whether an event or group is drawn at a point (map container px); set by EventsLayer for other layers. */
  eventAt: ((point: { x: number; y: number }) => boolean) | null = null;

  /** Who is moving the camera now (lib/map/camera-owner.ts), or null when it is still or the reader moves it. */
  cameraOwner = $state<CameraOwner | null>(null);
  #moveId = 0;

  /**
   * Every camera move the atlas makes goes through here: it starts only if `owner` may take the camera now, with
   * its animation of `ms` made 0 when the reader asked for reduced motion; `run` gets that duration. The owner is
   * cleared when the move ends (or is cut short by the reader's own gesture). Returns whether it started.
   */
  moveCamera(owner: CameraOwner, ms: number, run: (map: MapLibreMap, duration: number) => void): boolean {
    const map = this.map;
    if (!map || !mayMoveCamera(this.cameraOwner, owner)) return false;
    map.stop(); // a move still running ends here, under its own id
    const id = ++this.#moveId;
    const done = () => {
      if (this.#moveId === id) this.cameraOwner = null;
    };
    this.cameraOwner = owner;
    map.once('moveend', done);
    const duration = motionMs(ms);
    run(map, duration);
    // A move that had nothing to do (bounds that cannot be fitted) fires no moveend: never keep the camera owned.
    setTimeout(done, duration + 1000);
    return true;
  }
}

export const [getMapContext, setMapContext] = createContext<MapContext>();
