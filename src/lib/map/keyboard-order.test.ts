import { describe, expect, it } from 'vitest';
import { nearestFirst, stepIn } from './keyboard-order';

describe('nearestFirst', () => {
  const pts = [
    { index: 5, x: 100, y: 100 },
    { index: 2, x: 10, y: 10 },
    { index: 9, x: 52, y: 50 },
    { index: 1, x: 48, y: 50 },
  ];
  it('orders by distance from the centre, ties by table order, without changing the input', () => {
    const copy = structuredClone(pts);
    expect(nearestFirst(pts, 50, 50)).toEqual([1, 9, 2, 5]);
    expect(pts).toEqual(copy);
  });
  it('is empty for no points', () => {
    expect(nearestFirst([], 0, 0)).toEqual([]);
  });
});

describe('stepIn', () => {
  it('starts at the first (or the last going back) and wraps around', () => {
    expect(stepIn([4, 7, 1], null, 1)).toBe(4);
    expect(stepIn([4, 7, 1], null, -1)).toBe(1);
    expect(stepIn([4, 7, 1], 4, 1)).toBe(7);
    expect(stepIn([4, 7, 1], 1, 1)).toBe(4);
    expect(stepIn([4, 7, 1], 4, -1)).toBe(1);
    expect(stepIn([4, 7, 1], 99, 1)).toBe(4);
    expect(stepIn([], 3, 1)).toBeNull();
  });
});
