import { describe, expect, it } from 'vitest';
import type { EventFeature } from '../data/schema';
import { checkGazetteer, checkNamedPlaces, normalizeName, placesNamedIn, type GazetteerPlace } from './places';

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

  it('one place, one point: a few metres off the named place is rejected, whatever the precision', () => {
    const [p] = checkNamedPlaces([ev('Plaza de Armas, Juliaca', 'PE-PUN', -15.4994, -70.1336)], places);
    expect(p!.message).toMatch(/its point is \d+ m from Juliaca.*one place, one point.*use -15\.4997, -70\.1333/);
    expect(checkNamedPlaces([ev('Aeropuerto, Juliaca', 'PE-PUN', -15.467, -70.158, 'site')], places)).toHaveLength(1);
  });

  it('a site with its own gazetteer row is located there, and a row may carry several names', () => {
    const withSite: GazetteerPlace[] = [
      ...places,
      {
        name: 'Aeropuerto Inca Manco Cápac;Aeropuerto de Juliaca',
        region: 'PE-PUN',
        lat: -15.467,
        lon: -70.158,
        ref: 'https://example.org',
      },
    ];
    expect(checkNamedPlaces([ev('Aeropuerto de Juliaca', 'PE-PUN', -15.467, -70.158, 'site')], withSite)).toEqual([]);
    expect(placesNamedIn('Aeropuerto Inca Manco Capac', 'PE-PUN', withSite)).toHaveLength(1);
  });

  it('names an event whose place names no known town of its region', () => {
    const [p] = checkNamedPlaces([ev('Somewhere', 'PE-PUN', -15.5, -70.1)], places);
    expect(p!.message).toMatch(/no town or site of PE-PUN in data\/places.csv is named in its place "Somewhere"/);
  });
});

describe('the gazetteer', () => {
  const row = (name: string, lat: number, lon: number, line: number, region = 'PE-CUS'): GazetteerPlace => ({
    name,
    region,
    lat,
    lon,
    ref: 'INEI 000000',
    line,
  });

  it('accepts distinct places, and the same name in two regions', () => {
    expect(
      checkGazetteer([
        row('Cusco', -13.5192, -71.9767, 2),
        row('Huancabamba', -5.2386, -79.4503, 3, 'PE-PIU'),
        row('Huancabamba', -13.7342, -73.3506, 4, 'PE-APU'),
      ]),
    ).toEqual([]);
  });

  it('one place name has one point: a name listed twice in a region fails, naming both lines', () => {
    const [p] = checkGazetteer([row('Cusco', -13.5192, -71.9767, 2), row('Cusco', -13.519, -71.977, 5)]);
    expect(p).toMatchObject({ line: 5, field: 'name' });
    expect(p!.message).toMatch(
      /"Cusco" \(PE-CUS\) is already listed on line 2, 0\.04 km away; one place name has one point/,
    );
  });

  it('flags two names at (almost) the same spot as a likely duplicate, unless they are one row', () => {
    const [p] = checkGazetteer([row('Machupicchu', -13.1542, -72.5256, 2), row('Machu Picchu', -13.1542, -72.5256, 3)]);
    expect(p).toMatchObject({ line: 3, field: 'lat/lon' });
    expect(p!.message).toMatch(
      /likely the same place; write one row with both names separated by ";" \(e\.g\. "Machupicchu;Machu Picchu"\)/,
    );
    expect(checkGazetteer([row('Machupicchu;Machu Picchu', -13.1542, -72.5256, 2)])).toEqual([]);
  });
});
