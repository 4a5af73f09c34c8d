/**
 * Pure helpers for moving the map to a view set from outside it (Back/Forward, a story step): when two views are
 * the same at the precision the URL keeps, and how much to zoom out a story step on a narrow map so that it shows
 * the area its author framed on a wide one.
 */
import { precisionFor, type MapView } from '../url/url-state';

/** Same view at URL precision: zoom to 0.01, latitude and longitude to the decimals precisionFor(zoom) keeps. */
export function sameView(a: MapView, b: MapView): boolean {
  if (Math.abs(a.zoom - b.zoom) > 0.011) return false;
  const tol = 1.01 * 10 ** -precisionFor(Math.min(a.zoom, b.zoom));
  return Math.abs(a.lat - b.lat) <= tol && Math.abs(a.lng - b.lng) <= tol;
}

/** The map width story views are framed for (a desktop map pane). */
export const STORY_DESIGN_WIDTH = 900;

/**
 * Zoom to add to a story step's view on a map `width` px wide: log2(width / 900), never zooming in on a wider map
 * and never out by more than two levels.
 */
export function storyZoomOffset(width: number): number {
  if (!(width > 0)) return 0;
  return Math.max(-2, Math.min(0, Math.log2(width / STORY_DESIGN_WIDTH)));
}
