/**
 * The embedded basemap as a MapLibre style built in code: sea, neighbouring countries, Peru's regions, region
 * names and the dataset's main towns, all from GeoJSON in public/geo/ and drawn with a bundled font declared in
 * `font-faces`, so the map never asks a tile or glyph server for anything. The events are not in the style: they
 * are a WebGL custom layer (components/map/gl/events-layer.ts) added on top of this basemap or of a hosted one a
 * deployer switches on.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../url/url-state';

export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';

export const COLORS = {
  sea: '#d6e4ec',
  land: '#fbfaf6',
  neighbour: '#ecebe6',
  neighbourLine: '#c8c2b6',
  regionLine: '#b4aa99',
  regionLabel: '#8a8173',
  town: '#7a7a7a',
  halo: 'rgba(255,255,255,0.9)',
};

/**
 * The basemap's names and town dots. They start hidden and are shown together with the events' collision boxes
 * (showLabels, called by MapView once EventsLayer has placed them): placed once around the rings instead of
 * jumping aside a moment later, and off the first frame, whose shader programs and glyphs they would delay
 * (issue 10's load time; docs/design.md § Speed).
 */
export const LABEL_LAYERS = ['neighbours-label', 'region-labels', 'towns-dot', 'towns-label'] as const;

/** Makes the embedded style's label layers visible (ids a hosted style lacks are skipped). */
export function showLabels(map: {
  getLayer(id: string): unknown;
  setLayoutProperty(id: string, k: string, v: unknown): unknown;
}): void {
  for (const id of LABEL_LAYERS) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', 'visible');
}

export interface StyleOptions {
  lang: Lang;
  /** Resolves a file in public/geo/ to a URL (the app's base may not be "/"). */
  geoUrl: (file: string) => string;
  fonts: { regular: string; bold: string };
}

export function buildStyle({ lang, geoUrl, fonts }: StyleOptions): StyleSpecification {
  return {
    version: 8,
    name: 'Peru Protest Atlas (embedded)',
    'font-faces': { [FONT_REGULAR]: fonts.regular, [FONT_BOLD]: fonts.bold },
    // In the order the (often single) map worker tiles them: Peru's regions first, the first frame waits for them.
    sources: {
      regions: { type: 'geojson', data: geoUrl('regions.geojson'), promoteId: 'iso' },
      neighbours: { type: 'geojson', data: geoUrl('neighbours.geojson'), attribution: 'Natural Earth' },
      'neighbour-labels': { type: 'geojson', data: geoUrl('neighbour-labels.geojson') },
      'region-labels': { type: 'geojson', data: geoUrl('region-labels.geojson') },
      towns: { type: 'geojson', data: geoUrl('towns.geojson') },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': COLORS.sea } },
      { id: 'neighbours-fill', type: 'fill', source: 'neighbours', paint: { 'fill-color': COLORS.neighbour } },
      {
        id: 'neighbours-line',
        type: 'line',
        source: 'neighbours',
        paint: { 'line-color': COLORS.neighbourLine, 'line-width': 0.8 },
      },
      { id: 'regions-fill', type: 'fill', source: 'regions', paint: { 'fill-color': COLORS.land } },
      {
        id: 'regions-line',
        type: 'line',
        source: 'regions',
        paint: { 'line-color': COLORS.regionLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 8, 1.4] },
      },
      {
        id: 'neighbours-label',
        type: 'symbol',
        // A point per country: polygon labels repeat once per tile.
        source: 'neighbour-labels',
        layout: {
          visibility: 'none',
          'text-field': ['get', lang === 'es' ? 'name_es' : 'name_en'],
          'text-font': [FONT_REGULAR],
          'text-size': 13,
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.2,
        },
        paint: { 'text-color': '#a8a195' },
      },
      {
        id: 'region-labels',
        type: 'symbol',
        source: 'region-labels',
        minzoom: 4.6,
        filter: ['any', ['==', ['get', 'small'], 0], ['>=', ['zoom'], 8]],
        layout: {
          visibility: 'none',
          'text-field': ['get', 'name'],
          'text-font': [FONT_REGULAR],
          'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10, 8, 13],
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.12,
          'text-max-width': 8,
          'text-padding': 4,
        },
        paint: { 'text-color': COLORS.regionLabel, 'text-halo-color': COLORS.halo, 'text-halo-width': 1 },
      },
      {
        id: 'towns-dot',
        type: 'circle',
        source: 'towns',
        filter: ['any', ['==', ['get', 'rank'], 1], ['>=', ['zoom'], 6]],
        layout: { visibility: 'none' },
        paint: {
          'circle-radius': ['case', ['==', ['get', 'rank'], 1], 2.6, 2],
          'circle-color': COLORS.town,
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 1,
        },
      },
      {
        id: 'towns-label',
        type: 'symbol',
        source: 'towns',
        filter: ['any', ['==', ['get', 'rank'], 1], ['>=', ['zoom'], 6.5]],
        layout: {
          visibility: 'none',
          'text-field': ['get', 'name'],
          'text-font': [FONT_REGULAR],
          'text-size': ['case', ['==', ['get', 'rank'], 1], 12, 11],
          'text-variable-anchor': [
            'left',
            'right',
            'top',
            'bottom',
            'top-left',
            'top-right',
            'bottom-left',
            'bottom-right',
          ],
          'text-radial-offset': 0.6,
          'text-optional': true,
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: { 'text-color': '#333', 'text-halo-color': COLORS.halo, 'text-halo-width': 1.4 },
      },
    ],
  };
}
