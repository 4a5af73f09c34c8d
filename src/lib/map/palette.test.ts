import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../data/schema';
import { contrastRatio, luminance } from '../a11y/contrast';
import { CATEGORY_STYLE, DEATH_COLOR } from './palette';
import { COLORS } from './style';

/** The side panel and the page behind the legend, filters and timeline. */
const PANEL = '#ffffff';

describe('contrast ratio (WCAG 2.x)', () => {
  it('matches the reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // WebAIM's checker gives 4.48:1 for #777777 on white and 4.54:1 for #767676.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBe(contrastRatio('#767676', '#ffffff'));
  });

  it('rejects what is not #rrggbb', () => {
    expect(() => luminance('red')).toThrow(/#rrggbb/);
  });
});

describe('category colours', () => {
  it.each(CATEGORIES)('%s reaches 3:1 against the map land and the panel (WCAG 1.4.11)', (c) => {
    const { color } = CATEGORY_STYLE[c];
    expect(contrastRatio(color, COLORS.land)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(color, PANEL)).toBeGreaterThanOrEqual(3);
  });

  it('every category keeps a shape of its own as the second cue', () => {
    expect(new Set(CATEGORIES.map((c) => CATEGORY_STYLE[c].shape)).size).toBe(CATEGORIES.length);
    expect(new Set(CATEGORIES.map((c) => CATEGORY_STYLE[c].color.toLowerCase())).size).toBe(CATEGORIES.length);
  });

  it('the deaths ring stands out on the land', () => {
    expect(contrastRatio(DEATH_COLOR, COLORS.land)).toBeGreaterThanOrEqual(4.5);
  });
});
