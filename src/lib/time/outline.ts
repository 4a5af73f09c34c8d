/**
 * The whole country's histogram as an outline behind a region's (issue 8): daily totals drawn as ONE step path
 * on the same scale as the region's cells, so a reader sees the region's share of each day at a glance.
 */

/**
 * Step outline of `totals[d]` (events per day) from the baseline: each day is a flat top `unit` px per event,
 * joined by vertical steps; days with none sit on the baseline.
 */
export function outlinePath(
  totals: ArrayLike<number>,
  x: (d: number) => number,
  dayWidth: number,
  bottom: number,
  unit: number,
): string {
  const f = (n: number) => Math.round(n * 100) / 100;
  if (!totals.length) return '';
  let d = `M${f(x(0))},${f(bottom)}`;
  let prev = 0;
  for (let k = 0; k < totals.length; k++) {
    const v = totals[k]!;
    if (v !== prev) d += `V${f(bottom - v * unit)}`;
    d += `H${f(x(k) + dayWidth)}`;
    prev = v;
  }
  if (prev) d += `V${f(bottom)}`;
  return d;
}

/** Per-day totals over categories of a [day * C + c] count array. */
export function dayTotals(counts: Int32Array, categories: number): Int32Array {
  const days = Math.floor(counts.length / categories);
  const out = new Int32Array(days);
  for (let d = 0; d < days; d++) for (let c = 0; c < categories; c++) out[d]! += counts[d * categories + c]!;
  return out;
}
