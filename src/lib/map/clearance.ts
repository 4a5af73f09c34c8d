/**
 * Where to put an event so that a phone's bottom sheet does not cover it: the part of the map container left
 * visible above the sheet, and the camera offset that centres the event in that part. Pure geometry in CSS px.
 */

export interface Clearance {
  /** Visible band of the map container, in container px (top < bottom), or null when none is left. */
  band: { top: number; bottom: number } | null;
  /** Whether a point at container y `y` needs moving. */
  covers: (y: number) => boolean;
  /** MapLibre easeTo `offset` (px from the container's centre) that puts the event in the middle of the band. */
  offset: [number, number];
}

/**
 * @param mapTop, mapHeight the map container's top in the window and its height
 * @param windowHeight the window's inner height
 * @param inset how much of the window's bottom the sheet covers
 * @param margin room kept between the event and the sheet's edge (the event's icon and focus ring)
 */
export function sheetClearance(
  mapTop: number,
  mapHeight: number,
  windowHeight: number,
  inset: number,
  margin = 28,
): Clearance {
  const top = Math.max(0, -mapTop);
  const bottom = Math.min(mapHeight, windowHeight - inset - mapTop);
  const band = bottom - top > 2 * margin ? { top, bottom } : null;
  const mid = band ? (band.top + band.bottom) / 2 : mapHeight / 2;
  return {
    band,
    covers: (y) => !band || y < band.top + margin || y > band.bottom - margin,
    offset: [0, Math.round(mid - mapHeight / 2)],
  };
}
