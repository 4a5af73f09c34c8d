/**
 * Category encoding, used by the map, the timeline, the legend and the filters alike: Okabe–Ito colours
 * (distinguishable under the common colour-vision deficiencies) plus a distinct shape per category, so that
 * colour is never the only cue. Deaths are encoded separately: a dark ring whose size grows with the toll.
 *
 * Three Okabe–Ito hues are darkened a little (CIELAB lightness only, hue and chroma kept) so that every colour
 * reaches 3:1 against the map's land (#fbfaf6) and the panel (#ffffff), WCAG 1.4.11: orange #E69F00 → #C58200
 * (was 2.16:1), sky blue #56B4E9 → #3399CD (2.21:1), reddish purple #CC79A7 → #C876A4 (2.93:1).
 * palette.test.ts keeps it so.
 */
import type { Category } from '../data/schema';

export type Shape = 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon' | 'star' | 'cross';

export interface CategoryStyle {
  color: string;
  shape: Shape;
}

export const CATEGORY_STYLE: Readonly<Record<Category, CategoryStyle>> = {
  blockade: { color: '#C58200', shape: 'square' },
  march: { color: '#3399CD', shape: 'circle' },
  strike: { color: '#009E73', shape: 'diamond' },
  repression: { color: '#D55E00', shape: 'triangle' },
  emergency: { color: '#0072B2', shape: 'hexagon' },
  political: { color: '#C876A4', shape: 'star' },
  other: { color: '#7A7A7A', shape: 'cross' },
};

/** Ring and label colour for deaths: near-black, so it does not compete with any category hue. */
export const DEATH_COLOR = '#1a1a1a';

/** Unit polygon (radius 1, centred on 0,0, y down) for each shape; the circle is handled analytically. */
export function shapePolygon(shape: Shape): [number, number][] {
  const regular = (n: number, rot: number, r = 1) =>
    Array.from({ length: n }, (_, i) => {
      const a = rot + (i * 2 * Math.PI) / n;
      return [r * Math.cos(a), r * Math.sin(a)] as [number, number];
    });
  switch (shape) {
    case 'square':
      return [
        [-0.82, -0.82],
        [0.82, -0.82],
        [0.82, 0.82],
        [-0.82, 0.82],
      ];
    case 'diamond':
      return regular(4, -Math.PI / 2, 1.05);
    case 'triangle':
      return [
        [0, -1.05],
        [1.05, 0.8],
        [-1.05, 0.8],
      ];
    case 'hexagon':
      return regular(6, 0, 0.98);
    case 'star':
      return Array.from({ length: 10 }, (_, i) => {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const r = i % 2 === 0 ? 1.08 : 0.48;
        return [r * Math.cos(a), r * Math.sin(a)] as [number, number];
      });
    case 'cross': {
      const t = 0.34;
      return [
        [-t, -0.95],
        [t, -0.95],
        [t, -t],
        [0.95, -t],
        [0.95, t],
        [t, t],
        [t, 0.95],
        [-t, 0.95],
        [-t, t],
        [-0.95, t],
        [-0.95, -t],
        [-t, -t],
      ];
    }
    case 'circle':
      return regular(48, 0, 0.92);
  }
}

/** SVG path for a shape of the given radius centred at 0,0 (legend, filters, timeline). */
export function shapePath(shape: Shape, radius: number): string {
  const pts = shapePolygon(shape);
  return 'M' + pts.map(([x, y]) => `${(x * radius).toFixed(2)},${(y * radius).toFixed(2)}`).join('L') + 'Z';
}
