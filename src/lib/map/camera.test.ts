import { describe, expect, it } from 'vitest';
import { sameView, storyZoomOffset } from './camera';

describe('sameView', () => {
  const v = { zoom: 6, lat: -13.5, lng: -72.1 };
  it.each([
    ['the same view', { ...v }, true],
    ['a rounding difference within URL precision', { ...v, lat: -13.5004 }, true],
    ['a pan the URL would record', { ...v, lat: -13.6 }, false],
    ['another zoom', { ...v, zoom: 6.5 }, false],
  ])('%s', (_n, w, same) => {
    expect(sameView(v, w)).toBe(same);
  });
});

describe('storyZoomOffset', () => {
  it('zooms a step out on narrow maps only, by at most two levels', () => {
    expect(storyZoomOffset(900)).toBe(0);
    expect(storyZoomOffset(1600)).toBe(0);
    expect(storyZoomOffset(450)).toBeCloseTo(-1);
    expect(storyZoomOffset(100)).toBe(-2);
    expect(storyZoomOffset(0)).toBe(0);
  });
});
