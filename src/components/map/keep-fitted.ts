/**
 * Born hidden (issue 6): an atlas created inside a hidden container (a closed tab, a collapsed section,
 * `display:none`, a zero-size iframe) has no size when MapLibre fits Peru, so MapLibre fits it to a default
 * 400×300 box; when the container is shown, MapLibre's own resize keeps that centre and zoom, and Peru comes out
 * mis-fitted. This watches the map's OWN box (ResizeObserver, not the window, which does not change when a tab
 * opens) and, each time it gets a new, non-empty size, resizes the map and fits Peru again — as long as the
 * reader has not moved the map (then their view stands).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Below this size a fit with padding is meaningless (a container being animated open). */
const MIN_FIT = 48;

export function keepFitted(map: MapLibreMap, box: HTMLElement, shouldFit: () => boolean, fit: () => void): () => void {
  if (typeof ResizeObserver !== 'function') return () => {};
  let w = box.clientWidth;
  let h = box.clientHeight;
  const observer = new ResizeObserver(() => {
    const nw = box.clientWidth;
    const nh = box.clientHeight;
    if (nw === w && nh === h) return;
    w = nw;
    h = nh;
    if (nw < MIN_FIT || nh < MIN_FIT) return;
    map.resize();
    if (shouldFit()) fit();
  });
  observer.observe(box);
  return () => observer.disconnect();
}
