/**
 * The embedded basemap as a MapLibre style built in code: sea, neighbouring countries, Peru's regions, region
 * names and the dataset's main towns, all from GeoJSON in public/geo/ and drawn with a bundled font declared in
 * `font-faces`, so the map never asks a tile or glyph server for anything. The event layers are separate
 * (overlayLayers) so that they can also be put on top of a hosted basemap a deployer switches on.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../url/url-state';
import {
  categoryIconExpression,
  clusterRadius,
  clusterWithDeaths,
  deathRingRadius,
  focusStrokeWidth,
  isCluster,
  isSingle,
  singleWithDeaths,
} from './expressions';
import { DEATH_COLOR } from './palette';

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
  /** Clusters: a dark brown no label or boundary uses, so they read as "many events", not as a place. */
  cluster: '#4d4036',
};

export const EVENTS_SOURCE = 'events';
export const EVENT_LAYERS = {
  deathRing: 'event-death-ring',
  points: 'event-points',
  clusters: 'event-clusters',
  clusterDeathRing: 'event-cluster-death-ring',
  clusterCount: 'event-cluster-count',
  focusRing: 'focus-ring',
  focusIcon: 'focus-icon',
} as const;
/**
 * The selected and hovered events live in a small un-clustered source of their own, so that they stay visible
 * (and findable) even while their point is folded into a cluster.
 */
export const FOCUS_SOURCE = 'focus';
/** Layers a pointer can hit. */
export const INTERACTIVE_LAYERS = [EVENT_LAYERS.points, EVENT_LAYERS.clusters];

export interface StyleOptions {
  lang: Lang;
  /** Resolves a file in public/geo/ to a URL (the app's base may not be "/"). */
  geoUrl: (file: string) => string;
  fonts: { regular: string; bold: string };
}

export function eventsSource(): SourceSpecification {
  return {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    cluster: true,
    clusterRadius: 26,
    clusterMaxZoom: 9,
    clusterProperties: { deaths: ['+', ['coalesce', ['get', 'deaths'], 0]] },
  };
}

export function focusSource(): SourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
}

export function overlayLayers(font: string = FONT_BOLD): LayerSpecification[] {
  return [
    {
      id: EVENT_LAYERS.deathRing,
      type: 'circle',
      source: EVENTS_SOURCE,
      filter: singleWithDeaths,
      paint: {
        'circle-radius': deathRingRadius(),
        'circle-color': 'rgba(26,26,26,0.12)',
        'circle-stroke-color': DEATH_COLOR,
        'circle-stroke-width': 2,
      },
    },
    {
      id: EVENT_LAYERS.points,
      type: 'symbol',
      source: EVENTS_SOURCE,
      filter: isSingle,
      layout: {
        'icon-image': categoryIconExpression(),
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 4, 0.85, 9, 1.15],
        // Events with deaths are drawn last (on top).
        'symbol-sort-key': ['coalesce', ['get', 'deaths'], 0],
      },
    },
    {
      id: EVENT_LAYERS.clusterDeathRing,
      type: 'circle',
      source: EVENTS_SOURCE,
      filter: clusterWithDeaths,
      paint: {
        'circle-radius': ['+', clusterRadius(), 4],
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': DEATH_COLOR,
        'circle-stroke-width': 2,
      },
    },
    {
      id: EVENT_LAYERS.clusters,
      type: 'circle',
      source: EVENTS_SOURCE,
      filter: isCluster,
      paint: {
        'circle-radius': clusterRadius(),
        'circle-color': COLORS.cluster,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: EVENT_LAYERS.clusterCount,
      type: 'symbol',
      source: EVENTS_SOURCE,
      filter: isCluster,
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': [font],
        'text-size': 12,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: EVENT_LAYERS.focusRing,
      type: 'circle',
      source: FOCUS_SOURCE,
      paint: {
        'circle-radius': ['case', ['==', ['get', 'role'], 'selected'], 14, 12],
        'circle-color': 'rgba(255,255,255,0.85)',
        'circle-stroke-color': '#111111',
        'circle-stroke-width': focusStrokeWidth(),
      },
    },
    {
      id: EVENT_LAYERS.focusIcon,
      type: 'symbol',
      source: FOCUS_SOURCE,
      layout: {
        'icon-image': categoryIconExpression(),
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'icon-size': 1.2,
      },
    },
  ];
}

export function buildStyle({ lang, geoUrl, fonts }: StyleOptions): StyleSpecification {
  return {
    version: 8,
    name: 'Peru Protest Atlas (embedded)',
    'font-faces': { [FONT_REGULAR]: fonts.regular, [FONT_BOLD]: fonts.bold },
    sources: {
      neighbours: { type: 'geojson', data: geoUrl('neighbours.geojson'), attribution: 'Natural Earth' },
      'neighbour-labels': { type: 'geojson', data: geoUrl('neighbour-labels.geojson') },
      regions: { type: 'geojson', data: geoUrl('regions.geojson'), promoteId: 'iso' },
      'region-labels': { type: 'geojson', data: geoUrl('region-labels.geojson') },
      towns: { type: 'geojson', data: geoUrl('towns.geojson') },
      [EVENTS_SOURCE]: eventsSource(),
      [FOCUS_SOURCE]: focusSource(),
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
          'text-field': ['get', 'name'],
          'text-font': [FONT_REGULAR],
          'text-size': ['case', ['==', ['get', 'rank'], 1], 12, 11],
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': 0.6,
          'text-optional': true,
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: { 'text-color': '#333', 'text-halo-color': COLORS.halo, 'text-halo-width': 1.4 },
      },
      ...overlayLayers(FONT_BOLD),
    ],
  };
}
