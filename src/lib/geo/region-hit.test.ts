import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexRegions, regionAtPoint } from './region-hit';

const regions = indexRegions(JSON.parse(readFileSync('public/geo/regions.geojson', 'utf8')));

describe('regionAtPoint: the region under a point of the map', () => {
  it('finds the region of a town (the 26 areas of the map are all indexed)', () => {
    expect(regions.areas).toHaveLength(26);
    expect(regionAtPoint(regions, -70.13, -15.49)).toBe('PE-PUN'); // Juliaca
    expect(regionAtPoint(regions, -74.22, -13.16)).toBe('PE-AYA'); // Ayacucho
    expect(regionAtPoint(regions, -75.2, -12.07)).toBe('PE-JUN'); // Huancayo
    expect(regionAtPoint(regions, -73.25, -3.75)).toBe('PE-LOR'); // Iquitos
  });

  it('tells Lima Metropolitana from Lima region and from Callao', () => {
    expect(regionAtPoint(regions, -77.03, -12.05)).toBe('PE-LMA'); // central Lima
    expect(regionAtPoint(regions, -77.6, -11.1)).toBe('PE-LIM'); // Huacho
    expect(regionAtPoint(regions, -77.13, -12.06)).toBe('PE-CAL'); // Callao
  });

  it('is null at sea and in a neighbouring country', () => {
    expect(regionAtPoint(regions, -80.5, -12)).toBeNull(); // the Pacific
    expect(regionAtPoint(regions, -68.15, -16.5)).toBeNull(); // La Paz, Bolivia
  });

  it('skips features without a code or an area', () => {
    const index = indexRegions({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 0],
              ],
            ],
          },
        },
        { type: 'Feature', properties: { iso: 'X' }, geometry: { type: 'Point', coordinates: [0, 0] } },
      ],
    });
    expect(index.areas).toEqual([]);
  });
});
