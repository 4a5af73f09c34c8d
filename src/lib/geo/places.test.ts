import { describe, expect, it } from 'vitest';
import type { EventFeature } from '../data/schema';
import { checkNamedPlaces, normalizeName, placesNamedIn, type GazetteerPlace } from './places';

const places: GazetteerPlace[] = [
  { name: 'Juliaca', region: 'PE-PUN', lat: -15.4997, lon: -70.1333, ref: 'INEI 211101' },
  { name: 'Puno', region: 'PE-PUN', lat: -15.8422, lon: -70.0199, ref: 'INEI 210101' },
  { name: 'Ilave', region: 'PE-PUN', lat: -16.0866, lon: -69.6383, ref: 'INEI 210501' },
  { name: 'Cusco', region: 'PE-CUS', lat: -13.5183, lon: -71.9781, ref: 'INEI 080101' },
];

function ev(place: string, region: string, lat: number, lon: number, precision = 'town'): EventFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { id: 'x', place, region, location_precision: precision } as EventFeature['properties'],
  };
}

describe('named places', () => {
  it('normalises accents, case and punctuation, matching whole words only', () => {
    expect(normalizeName('Aeropuerto Inca Manco Cápac, JULIACA')).toBe(' aeropuerto inca manco capac juliaca ');
    expect(placesNamedIn('Puente Ilave', 'PE-PUN', places).map((p) => p.name)).toEqual(['Ilave']);
    expect(placesNamedIn('Punoriente', 'PE-PUN', places)).toEqual([]);
    expect(placesNamedIn('Cusco', 'PE-PUN', places)).toEqual([]);
  });

  it('accepts an event at the coordinates of the town it names', () => {
    expect(checkNamedPlaces([ev('Plaza de Armas, Juliaca', 'PE-PUN', -15.4997, -70.1333)], places)).toEqual([]);
  });

  it('names an event whose point is not the named town', () => {
    const [p] = checkNamedPlaces([ev('Juliaca', 'PE-PUN', -15.8422, -70.0199)], places);
    expect(p!.message).toMatch(/event "x": its point is 40\.0 km from Juliaca/);
  });

  it('allows a site (airport, bridge) a few km from its town, but not a town', () => {
    expect(checkNamedPlaces([ev('Aeropuerto, Juliaca', 'PE-PUN', -15.467, -70.158, 'site')], places)).toEqual([]);
    expect(checkNamedPlaces([ev('Aeropuerto, Juliaca', 'PE-PUN', -15.467, -70.158, 'town')], places)).toHaveLength(1);
  });

  it('names an event whose place names no known town of its region', () => {
    const [p] = checkNamedPlaces([ev('Somewhere', 'PE-PUN', -15.5, -70.1)], places);
    expect(p!.message).toMatch(/no town or site of PE-PUN in data\/places.csv is named in its place "Somewhere"/);
  });
});
