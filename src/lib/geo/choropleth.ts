/**
 * Region shading (choropleth) as data: which measure a mode shows, each region's value, the classes and their
 * colours. Pure, so that the map layer (RegionsLayer) and the legend draw the same classes from the same rule.
 *
 * The class rule (docs/design.md, "Region shading"): regions with none (0) are left unshaded; the regions with
 * some are split into at most CLASSES classes at the quantiles of their values, each bound rounded to a readable
 * number (whole numbers for counts, two significant digits for rates). Quantiles, not equal intervals, because
 * the values are very skewed (Puno and Lima hold a third of the events): equal intervals would paint one region
 * dark and the rest alike. The classes follow the current range and filters, so the legend always says what a
 * colour means now.
 *
 * Colours: d3-scale-chromatic's sequential Purples, sampled on its light half only, so that the category symbols
 * (Okabe–Ito orange, blue, green, vermillion, pink, grey) stay readable on top, and no hue is shared with them or
 * with the sea.
 */
import { quantileSorted } from 'd3-array';

export const SHADE_MODES = ['off', 'events', 'deaths', 'events-per-100k', 'deaths-per-100k'] as const;
export type ShadeMode = (typeof SHADE_MODES)[number];

/** At most this many classes of regions with a value above 0. */
export const CLASSES = 5;

/** The summed weight behind a mode (DayPrefix weights), or null when shading is off. */
export function shadeWeight(mode: ShadeMode): 'events' | 'deaths' | null {
  if (mode === 'off') return null;
  return mode.startsWith('deaths') ? 'deaths' : 'events';
}

export function isRate(mode: ShadeMode): boolean {
  return mode.endsWith('-per-100k');
}

/**
 * Each region's value for a mode: the count, or the count per 100,000 inhabitants. A rate needs a population;
 * a region without one gets null (shown as "no data", never as 0).
 */
export function regionValues(
  mode: ShadeMode,
  counts: readonly number[],
  populations: readonly (number | null)[],
): (number | null)[] {
  if (!isRate(mode)) return [...counts];
  return counts.map((n, r) => {
    const pop = populations[r];
    return pop ? (n / pop) * 100_000 : null;
  });
}

export interface ShadeClasses {
  /** Lower bound of each class (inclusive); class k spans [lower[k], lower[k + 1]) and the last runs to max. */
  lower: number[];
  max: number;
  colors: string[];
  /** Whole numbers (counts) or rates. */
  integer: boolean;
}

/**
 * A readable lower bound, never above `v`: whole numbers for counts; for rates, `v` rounded DOWN to `digits`
 * significant digits (never 0 for a positive value). Rounded to the nearest, a class's bound could pass the very
 * value it stands for (Puno's 0.767 deaths per 100,000 became 0.77, above the maximum, and its class vanished).
 */
export function niceBound(v: number, integer: boolean, digits = 2): number {
  if (integer) return Math.max(1, Math.floor(v));
  if (v <= 0) return 0;
  const mag = Math.pow(10, Math.floor(Math.log10(v)) - (digits - 1));
  // The epsilon keeps an exact 0.77 at 0.77 (0.77 / 0.01 is 76.999… in binary); toPrecision drops float dust.
  const b = Number((Math.floor(v / mag + 1e-9) * mag).toPrecision(digits));
  return Math.min(v, Math.max(mag, b));
}

/**
 * The colours for k classes (1…CLASSES), light to dark: d3-scale-chromatic's `interpolatePurples` (ColorBrewer
 * Purples) at 0.35 for one class, else at k evenly spaced points from 0.2 to 0.66. Written out here so that the
 * page does not ship d3-scale-chromatic and d3-interpolate for ten colours (issue 10, JS budget);
 * choropleth.test.ts recomputes them with d3-scale-chromatic.
 */
export const SHADE_RAMPS: readonly (readonly string[])[] = [
  [],
  ['rgb(194, 194, 223)'],
  ['rgb(226, 225, 239)', 'rgb(122, 112, 179)'],
  ['rgb(226, 225, 239)', 'rgb(175, 174, 211)', 'rgb(122, 112, 179)'],
  ['rgb(226, 225, 239)', 'rgb(193, 193, 222)', 'rgb(156, 153, 200)', 'rgb(122, 112, 179)'],
  ['rgb(226, 225, 239)', 'rgb(202, 203, 227)', 'rgb(175, 174, 211)', 'rgb(147, 144, 195)', 'rgb(122, 112, 179)'],
];

/** The colours of k classes; k above CLASSES gets the CLASSES ramp (classify never asks for more). */
export function shadeColors(k: number): string[] {
  if (k <= 0) return [];
  return [...SHADE_RAMPS[Math.min(k, CLASSES)]!];
}

/**
 * Classes for the values above 0 (nulls and zeros are left out). The input is not modified. With fewer distinct
 * values than classes, each distinct value gets its own class.
 */
export function classify(values: readonly (number | null)[], integer: boolean, k = CLASSES): ShadeClasses {
  const positive = values.filter((v): v is number => v !== null && v > 0).sort((a, b) => a - b);
  if (!positive.length) return { lower: [], max: 0, colors: [], integer };
  const max = positive[positive.length - 1]!;
  const distinct = [...new Set(positive)];
  let lower: number[];
  if (distinct.length <= k) {
    // One class per value: with more digits if two rates share their first two (0.251 and 0.259).
    let digits = 2;
    do lower = distinct.map((v) => niceBound(v, integer, digits++));
    while (!integer && digits <= 8 && new Set(lower).size < distinct.length);
  } else {
    lower = [positive[0]!];
    for (let j = 1; j < k; j++) lower.push(quantileSorted(positive, j / k)!);
    lower = lower.map((v, j) => (j === 0 ? Math.min(niceBound(v, integer), v) : niceBound(v, integer)));
  }
  // Bounds must rise strictly, and the first must not exceed the smallest value (it would leave it unclassed).
  lower[0] = Math.min(lower[0]!, positive[0]!);
  lower = lower.filter((v, j) => j === 0 || v > lower[j - 1]! + (integer ? 0 : 1e-12));
  lower = lower.filter((v) => v <= max);
  return { lower, max, colors: shadeColors(lower.length), integer };
}

/** The class of a value: −1 for 0 or null (unshaded), else the index of the class whose range holds it. */
export function classOf(c: ShadeClasses, v: number | null): number {
  if (v === null || v <= 0 || !c.lower.length) return -1;
  let k = 0;
  while (k + 1 < c.lower.length && v >= c.lower[k + 1]!) k++;
  return k;
}

/** The colour of a value, or null when it is left unshaded. */
export function colorOf(c: ShadeClasses, v: number | null): string | null {
  const k = classOf(c, v);
  return k < 0 ? null : c.colors[k]!;
}

/** Legend bounds of class k as [from, to] (inclusive for counts: "4–9"; the last class ends at the maximum). */
export function classRange(c: ShadeClasses, k: number): [number, number] {
  const from = c.lower[k]!;
  const next = c.lower[k + 1];
  if (next === undefined) return [from, c.max];
  return [from, c.integer ? next - 1 : next];
}
