/**
 * Rasterises the category shapes into RGBA pixels for map.addImage, without canvas or DOM, so the icons are
 * identical in every browser and testable in Node. Supersampled 4×4 for smooth edges; a white outline keeps
 * overlapping symbols apart.
 */
import { shapePolygon, type Shape } from './palette';

export interface IconImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

function inside(poly: readonly [number, number][], x: number, y: number): boolean {
  let c = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]!;
    const [xj, yj] = poly[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * Draw `shape` filled with `color` inside a `size`×`size` pixel box, with an outline `outline` pixels wide
 * (the outline is the shape grown outward, drawn in white underneath).
 */
export function rasterizeShape(shape: Shape, color: string, size: number, outline = 1.5): IconImage {
  const data = new Uint8ClampedArray(size * size * 4);
  const poly = shapePolygon(shape);
  const half = size / 2;
  const r = half - outline - 0.5;
  const rOuter = r + outline;
  const [cr, cg, cb] = hexToRgb(color);
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let fill = 0;
      let ring = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S - half) / 1;
          const y = (py + (sy + 0.5) / S - half) / 1;
          if (inside(poly, x / r, y / r)) fill++;
          else if (inside(poly, x / rOuter, y / rOuter)) ring++;
        }
      }
      const n = S * S;
      const a = (fill + ring) / n;
      if (a === 0) continue;
      const f = fill / (fill + ring);
      const o = (py * size + px) * 4;
      data[o] = Math.round(cr * f + 255 * (1 - f));
      data[o + 1] = Math.round(cg * f + 255 * (1 - f));
      data[o + 2] = Math.round(cb * f + 255 * (1 - f));
      data[o + 3] = Math.round(a * 255);
    }
  }
  return { width: size, height: size, data };
}
