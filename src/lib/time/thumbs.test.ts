import { describe, expect, it } from 'vitest';
import { thumbBoxes } from './thumbs';

const overlap = (b: { start: number; end: number }, size = 44) => Math.max(0, b.start + size - b.end);

describe('thumbBoxes', () => {
  it('centres each 44 px box on its edge when the edges are a box apart', () => {
    expect(thumbBoxes(200, 300, 1000)).toEqual({ start: 178, end: 278 });
    expect(thumbBoxes(200, 244, 1000)).toEqual({ start: 178, end: 222 });
  });

  it('keeps the boxes inside the chart at the period’s ends', () => {
    expect(thumbBoxes(5, 900, 1000).start).toBe(0);
    expect(thumbBoxes(100, 995, 1000).end).toBe(956);
  });

  it('puts close edges’ boxes side by side, meeting halfway, so neither hides the other', () => {
    const b = thumbBoxes(490, 510, 1000);
    expect(b).toEqual({ start: 456, end: 500 });
    expect(overlap(b)).toBe(0);
    for (const d of [0, 1, 3, 10, 21.5, 43.9]) expect(overlap(thumbBoxes(500, 500 + d, 1000))).toBe(0);
  });

  it('keeps a side-by-side pair inside the chart too', () => {
    expect(thumbBoxes(2, 8, 375)).toEqual({ start: 0, end: 44 });
    expect(thumbBoxes(370, 375, 375)).toEqual({ start: 287, end: 331 });
  });

  it('is a pure function of its inputs', () => {
    expect(thumbBoxes(490, 510, 1000)).toEqual(thumbBoxes(490, 510, 1000));
  });
});
