/** Map constants shared by the map components. */

/** Peru's extent, the default view. */
export const PERU_BOUNDS: [[number, number], [number, number]] = [
  [-81.4, -18.4],
  [-68.6, -0.0],
];
