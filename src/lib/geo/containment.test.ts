import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { EventFeature } from '../data/schema';
import { checkContainment, describeProblem, regionAt } from './containment';

const regions = JSON.parse(readFileSync('public/geo/regions.geojson', 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon,
  { iso: string; name: string }
>;

function ev(id: string, region: string, lng: number, lat: number): EventFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lng, lat] },
    properties: { id, region } as EventFeature['properties'],
  };
}

describe('regions.geojson', () => {
  it("has Peru's 25 regions plus Lima Metropolitana, each with an ISO code and a Spanish name", () => {
    expect(regions.features).toHaveLength(26);
    const isos = regions.features.map((f) => f.properties.iso);
    expect(new Set(isos).size).toBe(26);
    expect(isos).toContain('PE-LMA');
    expect(isos).toContain('PE-LIM');
    expect(regions.features.find((f) => f.properties.iso === 'PE-CUS')?.properties.name).toBe('Cusco');
    expect(readFileSync('public/geo/regions.geojson').length).toBeLessThanOrEqual(300 * 1024);
  });

  it.each([
    ['Juliaca', -70.133, -15.484, 'PE-PUN'],
    ['Lima (Plaza San Martín)', -77.034, -12.052, 'PE-LMA'],
    ['Huacho', -77.61, -11.108, 'PE-LIM'],
    ['Huamanga', -74.225, -13.16, 'PE-AYA'],
    ['Andahuaylas', -73.39, -13.656, 'PE-APU'],
  ])('finds %s in its region', (_n, lng, lat, iso) => {
    expect(regionAt([lng, lat], regions.features as never)).toBe(iso);
  });
});

describe('checkContainment', () => {
  it('accepts points in their region and national items without a point', () => {
    const national: EventFeature = {
      type: 'Feature',
      geometry: null,
      properties: { id: 'n', region: null } as EventFeature['properties'],
    };
    expect(checkContainment([ev('a', 'PE-PUN', -70.133, -15.484), national], regions)).toEqual([]);
  });

  it('checks every located event: one with a point and no region code is a problem, not skipped', () => {
    const [p] = checkContainment([ev('no-region', '', -70.133, -15.484)], regions);
    expect(p).toMatchObject({ id: 'no-region', region: '' });
    expect(describeProblem(p!)).toMatch(/has a point but no region code/);
  });

  it('checks that each region a measure names has a polygon (the shading paints it)', () => {
    const measure = (id: string, codes: string[]): EventFeature => ({
      type: 'Feature',
      geometry: null,
      properties: { id, region: codes[0] ?? null, regions: codes } as EventFeature['properties'],
    });
    expect(checkContainment([measure('ok', ['PE-PUN', 'PE-CUS'])], regions)).toEqual([]);
    const [p] = checkContainment([measure('bad', ['PE-PUN', 'PE-XXX'])], regions);
    expect(p).toMatchObject({ id: 'bad', region: 'PE-XXX' });
    expect(describeProblem(p!)).toMatch(/PE-XXX has no polygon/);
  });

  it('names an event whose point lies in another region', () => {
    const [p] = checkContainment([ev('juliaca-in-cusco', 'PE-CUS', -70.133, -15.484)], regions);
    expect(p).toMatchObject({ id: 'juliaca-in-cusco', region: 'PE-CUS', foundIn: 'PE-PUN' });
    expect(describeProblem(p!)).toMatch(/event "juliaca-in-cusco": its point is inside PE-PUN/);
  });

  it('accepts a coastal town the simplified coastline leaves just offshore, but not a point far at sea', () => {
    // Callao's port, right on the water line.
    const nearShore = ev('callao', 'PE-CAL', -77.152, -12.05);
    const atSea = ev('pacific', 'PE-CAL', -78.5, -12.05);
    const problems = checkContainment([nearShore, atSea], regions);
    expect(problems.map((p) => p.id)).toEqual(['pacific']);
    expect(problems[0]!.distanceKm).toBeGreaterThan(100);
  });
});
