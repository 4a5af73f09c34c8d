/**
 * Inclusive day ranges: the one written rule of this project is that `from` and `to` are both inclusive,
 * and an event [start, end] is in a range when its days overlap it: start <= to && end >= from.
 */
import type { Day } from './days';

export interface DayRange {
  from: Day;
  to: Day;
}

/** Whether an event lasting [start, end] (inclusive) shares at least one day with the range. */
export function overlaps(start: Day, end: Day, range: DayRange): boolean {
  return start <= range.to && end >= range.from;
}

/** Number of days in the range (both ends counted). */
export function rangeLength(range: DayRange): number {
  return range.to - range.from + 1;
}

/** Put the ends in order and inside the bounds; a range entirely outside collapses onto the nearest bound. */
export function clampRange(range: DayRange, bounds: DayRange): DayRange {
  let from = Math.min(range.from, range.to);
  let to = Math.max(range.from, range.to);
  from = Math.min(Math.max(from, bounds.from), bounds.to);
  to = Math.min(Math.max(to, bounds.from), bounds.to);
  return { from, to };
}

/**
 * Move the window by `days`, keeping its length, without leaving the bounds. Returns null when it is already
 * against the bound in that direction (the caller stops playback).
 */
export function shiftRange(range: DayRange, days: number, bounds: DayRange): DayRange | null {
  const len = rangeLength(range);
  let from = range.from + days;
  from = Math.min(Math.max(from, bounds.from), bounds.to - len + 1);
  if (from === range.from) return null;
  return { from, to: from + len - 1 };
}

/**
 * The smallest change that brings [start, end] into the range: keep the window's length when it fits, else grow
 * it to cover the event. Used when a reader selects an event that is outside the brushed range.
 */
export function rangeToInclude(range: DayRange, start: Day, end: Day, bounds: DayRange): DayRange {
  if (overlaps(start, end, range)) return range;
  const len = rangeLength(range);
  const eventLen = end - start + 1;
  if (eventLen >= len) return clampRange({ from: start, to: end }, bounds);
  // Centre the event in a window of the same length.
  const from = start - Math.floor((len - eventLen) / 2);
  const shifted = { from, to: from + len - 1 };
  if (shifted.from < bounds.from) return { from: bounds.from, to: Math.min(bounds.to, bounds.from + len - 1) };
  if (shifted.to > bounds.to) return { from: Math.max(bounds.from, bounds.to - len + 1), to: bounds.to };
  return shifted;
}

export function sameRange(a: DayRange, b: DayRange): boolean {
  return a.from === b.from && a.to === b.to;
}
