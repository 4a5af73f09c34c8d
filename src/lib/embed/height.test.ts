import { describe, expect, it } from 'vitest';
import { EMBED_WIDTHS, embedHeight, embedMapHeight } from './height';

describe('embedHeight: the frame height comes from the width alone', () => {
  it.each([
    [320, 763],
    [375, 782],
    [600, 792],
    [640, 861],
    [740, 893],
    [1000, 866],
    [1200, 866],
  ])('%i px wide → %i px tall', (width, height) => {
    expect(embedHeight(width)).toBe(height);
  });

  it.each([
    [320, 797],
    [375, 816],
    [640, 936],
    [1000, 924],
  ])('on a touch screen (44 px targets, issue 7) %i px wide → %i px tall', (width, height) => {
    expect(embedHeight(width, true)).toBe(height);
  });

  it('is never shorter on a touch screen than with a mouse at the same width', () => {
    for (let w = EMBED_WIDTHS.min; w <= EMBED_WIDTHS.max; w += 5)
      expect(embedHeight(w, true)).toBeGreaterThanOrEqual(embedHeight(w));
  });

  it('is an integer, and the same for the same width (no feedback from the content)', () => {
    for (let w = EMBED_WIDTHS.min; w <= EMBED_WIDTHS.max; w += 7) {
      expect(Number.isInteger(embedHeight(w))).toBe(true);
      expect(embedHeight(w)).toBe(embedHeight(w));
    }
  });

  it('gives narrower and wider frames the height of the nearest designed width', () => {
    expect(embedHeight(0)).toBe(embedHeight(320));
    expect(embedHeight(200)).toBe(embedHeight(320));
    expect(embedHeight(4000)).toBe(embedHeight(1200));
    expect(embedHeight(Number.NaN)).toBe(embedHeight(320));
  });

  it('keeps the map between 250 and 440 px, growing with the width', () => {
    let last = 0;
    for (let w = 320; w <= 1200; w += 10) {
      const h = embedMapHeight(w);
      expect(h).toBeGreaterThanOrEqual(Math.max(250, last));
      expect(h).toBeLessThanOrEqual(440);
      last = h;
    }
  });
});
