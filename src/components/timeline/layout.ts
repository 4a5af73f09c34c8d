/**
 * Geometry of the timeline, kept out of the component so it can be tested: the vertical bands (measures lane,
 * histogram, deaths strip, axis) and the day ↔ pixel mapping of the brush.
 */
import { utcScale, type UtcScale } from '../../lib/time/utc-scale';
import { dayToUTCDate, utcDateToDay, type Day } from '../../lib/time/days';

export interface Bands {
  width: number;
  height: number;
  left: number;
  right: number;
  laneTop: number;
  laneRowHeight: number;
  laneHeight: number;
  histTop: number;
  histHeight: number;
  /** Top of the deaths strip's own label row (issue 8: no dot can sit under its name), `deathsTop` − 11. */
  deathsLabelTop: number;
  deathsTop: number;
  deathsHeight: number;
  /**
   * The cumulative toll (issue 8), under the deaths strip: `tollHeadRows` rows of labels (the band's name and the
   * readout; two on a narrow timeline, so that the Defensoría's figure keeps its place) above the plot.
   */
  tollTop: number;
  tollHeight: number;
  tollHeadRows: number;
  axisTop: number;
}

export function bands(width: number, laneRows: number, compact: boolean): Bands {
  const left = compact ? 8 : 16;
  const right = compact ? 8 : 16;
  const laneRowHeight = compact ? 4 : 6;
  const laneHeight = Math.max(1, Math.min(laneRows, compact ? 8 : 10)) * laneRowHeight + 14;
  // Issue 8: the deaths strip's name has a row of its own above the dots (taken from the histogram, so that the
  // timeline's height, and the embed's planned heights, stay the same).
  const DEATHS_LABEL = 11;
  const histHeight = (compact ? 66 : 90) - DEATHS_LABEL;
  const deathsHeight = compact ? 18 : 22;
  const laneTop = 2;
  const histTop = laneTop + laneHeight + 4;
  const deathsLabelTop = histTop + histHeight + 4;
  const deathsTop = deathsLabelTop + DEATHS_LABEL;
  // A plot of about 50 px under the labels: the toll's rise (December, then Juliaca in January) reads at a glance.
  const tollHeadRows = compact ? 2 : 1;
  const tollHeight = tollHeadRows * 11 + 3 + (compact ? 46 : 52);
  const tollTop = deathsTop + deathsHeight + 3;
  const axisTop = tollTop + tollHeight;
  return {
    width,
    height: axisTop + 22,
    left,
    right,
    laneTop,
    laneRowHeight,
    laneHeight,
    histTop,
    histHeight,
    deathsLabelTop,
    deathsTop,
    deathsHeight,
    tollTop,
    tollHeight,
    tollHeadRows,
    axisTop,
  };
}

/** A UTC time scale whose domain runs from the first day's midnight to the midnight after the last day. */
export function dayScale(from: Day, to: Day, b: Bands): UtcScale {
  return utcScale([dayToUTCDate(from), dayToUTCDate(to + 1)], [b.left, b.width - b.right]);
}

/** The day under pixel x (clamped into the domain). */
export function dayAt(scale: UtcScale, x: number): Day {
  const [d0, d1] = scale.domain() as [Date, Date];
  const day = utcDateToDay(scale.invert(x));
  return Math.min(Math.max(day, utcDateToDay(d0)), utcDateToDay(d1) - 1);
}

/** Snap a brushed pixel interval to whole days, inclusive. */
export function pixelsToRange(scale: UtcScale, x0: number, x1: number): { from: Day; to: Day } {
  const from = utcDateToDay(scale.invert(x0 + 0.5));
  const to = utcDateToDay(scale.invert(x1 - 0.5));
  const [d0, d1] = scale.domain() as [Date, Date];
  const lo = utcDateToDay(d0);
  const hi = utcDateToDay(d1) - 1;
  const f = Math.min(Math.max(Math.min(from, to), lo), hi);
  const t = Math.min(Math.max(Math.max(from, to), lo), hi);
  return { from: f, to: t };
}

/** Pixel interval of an inclusive day range (the brush selection). */
export function rangeToPixels(scale: UtcScale, from: Day, to: Day): [number, number] {
  return [scale(dayToUTCDate(from)), scale(dayToUTCDate(to + 1))];
}

/**
 * A brushed window moved as a whole: the day under its left edge, and the same length as before (rounding both
 * edges separately would turn a 7-day window into 8), kept inside the domain.
 */
export function movedRange(scale: UtcScale, x0: number, length: number): { from: Day; to: Day } {
  const [d0, d1] = scale.domain() as [Date, Date];
  const lo = utcDateToDay(d0);
  const hi = utcDateToDay(d1) - 1;
  const dayW = scale(dayToUTCDate(lo + 1)) - scale(dayToUTCDate(lo));
  let from = utcDateToDay(scale.invert(x0 + dayW / 2));
  from = Math.min(Math.max(from, lo), hi - length + 1);
  return { from, to: from + length - 1 };
}
