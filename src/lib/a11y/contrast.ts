/**
 * WCAG 2.x contrast ratio between two sRGB colours (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio): used by
 * the palette test so that every category colour keeps 3:1 against the map's land and the panel (1.4.11,
 * non-text contrast) and every text colour 4.5:1 (1.4.3). Colours are "#rrggbb".
 */

/** Relative luminance of "#rrggbb" (0 black … 1 white). Throws on anything else. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1]!, 16);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}

/** Contrast ratio, 1 … 21, whichever colour is lighter. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
