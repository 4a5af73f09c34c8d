import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from './spreadsheet';

describe('neutraliseFormula (OWASP CSV injection)', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("https://evil.example","click")', '\'=HYPERLINK("https://evil.example","click")'],
    ["+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['-', "'-"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['-cmd', "'-cmd"],
  ])('neutralises %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it.each(['Marcha en Lima', ' =1+1', 'a=b', '2023-01-09', "'already text", '', 'Juliaca - Puno', '100%'])(
    'leaves ordinary text alone: %j',
    (input) => {
      expect(neutraliseFormula(input)).toBe(input);
    },
  );

  it('keeps numbers, negative ones included, as numbers', () => {
    expect(neutraliseFormula(-15.4996)).toBe(-15.4996);
    expect(neutraliseFormula(0)).toBe(0);
    expect(neutraliseFormula(null)).toBeNull();
    expect(neutraliseFormula(undefined)).toBeUndefined();
    for (const s of ['-15.4996', '-70.1', '+5', '-1e5', '-.5']) expect(neutraliseFormula(s)).toBe(s);
  });
});
