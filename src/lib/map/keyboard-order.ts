/**
 * The order in which the keyboard steps through the events visible on the map: nearest to the map's centre
 * first (where the reader is looking), ties by date (table order). Positions are screen pixels, so the order is
 * what the reader sees whatever the projection.
 */

export interface ScreenPoint {
  index: number;
  x: number;
  y: number;
}

/** Table indices of `points`, nearest to (cx, cy) first; the input is not changed. */
export function nearestFirst(points: readonly ScreenPoint[], cx: number, cy: number): number[] {
  return points
    .map((p) => ({ index: p.index, d: Math.round(Math.hypot(p.x - cx, p.y - cy)) }))
    .sort((a, b) => a.d - b.d || a.index - b.index)
    .map((p) => p.index);
}

/** The position after `current` when stepping by `delta` (±1) through `order`, wrapping at both ends. */
export function stepIn(order: readonly number[], current: number | null, delta: 1 | -1): number | null {
  if (!order.length) return null;
  const k = current === null ? -1 : order.indexOf(current);
  if (k < 0) return delta > 0 ? order[0]! : order[order.length - 1]!;
  return order[(k + delta + order.length) % order.length]!;
}
