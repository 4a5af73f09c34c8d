import { describe, expect, it } from 'vitest';
import { sheetClearance } from './clearance';

describe('sheetClearance', () => {
  // A 375×667 phone: map from y=150, 347 px tall; the sheet covers the bottom 413 px (62vh).
  const c = sheetClearance(150, 347, 667, 413);

  it('the band is the map above the sheet', () => {
    expect(c.band).toEqual({ top: 0, bottom: 104 });
  });

  it('an event low on the map is covered; one in the band (with margin) is not', () => {
    expect(c.covers(300)).toBe(true);
    expect(c.covers(52)).toBe(false);
    expect(c.covers(90)).toBe(true);
  });

  it('the offset centres the event in the band', () => {
    expect(c.offset).toEqual([0, 52 - 347 / 2].map(Math.round));
  });

  it('no sheet: the whole map is the band, nothing needs moving from the middle', () => {
    const none = sheetClearance(150, 347, 667, 0);
    expect(none.band).toEqual({ top: 0, bottom: 347 });
    expect(none.covers(170)).toBe(false);
    expect(none.offset).toEqual([0, 0]);
  });

  it('a map scrolled partly above the window counts only its visible part', () => {
    const scrolled = sheetClearance(-100, 347, 667, 300);
    expect(scrolled.band).toEqual({ top: 100, bottom: 347 });
  });

  it('a sheet covering the whole map leaves no band', () => {
    expect(sheetClearance(400, 347, 667, 413).band).toBeNull();
  });
});
