/**
 * A linear map from UTC instants to pixels: the part of d3-scale's `scaleUtc` the timeline uses (call, `domain()`,
 * `range()`, `invert()`), with d3's arithmetic (normalise, then `a * (1 - t) + b * t`), so positions are the same
 * to the last bit. d3-scale's continuous scales bring d3-interpolate, d3-color and d3-time-format with them (~10 kB
 * gzip) for a mapping of two numbers (issue 10, main-thread JS budget); `utc-scale.test.ts` compares with d3.
 */
export interface UtcScale {
  /** Pixel x of an instant (not clamped: instants outside the domain map outside the range). */
  (d: Date): number;
  domain(): [Date, Date];
  range(): [number, number];
  /** The instant at pixel x, rounded to the millisecond as d3's time scales do (not clamped). */
  invert(x: number): Date;
}

const lerp = (a: number, b: number, t: number) => a * (1 - t) + b * t;
const normalize = (a: number, b: number, x: number) => (b - a ? (x - a) / (b - a) : 0.5);

/** Scale from `[d0, d1]` (UTC instants) to `[r0, r1]` (pixels). A zero-length domain maps to the range's middle. */
export function utcScale([d0, d1]: [Date, Date], [r0, r1]: [number, number]): UtcScale {
  const a = +d0;
  const b = +d1;
  const scale = ((d: Date) => lerp(r0, r1, normalize(a, b, +d))) as UtcScale;
  scale.domain = () => [new Date(a), new Date(b)];
  scale.range = () => [r0, r1];
  scale.invert = (x: number) => new Date(Math.round(lerp(a, b, normalize(r0, r1, x))));
  return scale;
}
