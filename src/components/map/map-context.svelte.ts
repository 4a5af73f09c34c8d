/**
 * The MapLibre map shared by context with the layer components under MapView (svelte-maplibre's MapContext
 * idea): MapView owns the map's lifecycle; each layer component reads the map from here, adds its own sources and
 * layers when `ready`, and removes them when it is destroyed.
 */
import { createContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

export class MapContext {
  map = $state.raw<MapLibreMap | null>(null);
  /** The style has loaded: sources and layers may be added. */
  ready = $state(false);
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
}

export const [getMapContext, setMapContext] = createContext<MapContext>();
