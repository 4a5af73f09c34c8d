/**
 * Which part of the map a MapLibre error is about, so the reader is told what failed in words (and offered a
 * retry) instead of seeing a bare map: a basemap source (regions, neighbours, labels), the label font, or the map
 * itself (its worker or style). Pure: takes the fields of MapLibre's ErrorEvent.
 */
export type BasemapPart = 'regions' | 'neighbours' | 'labels' | 'fonts';
export type MapFailure = { kind: 'basemap'; part: BasemapPart; sourceId: string | null } | { kind: 'start' } | null;

/** GeoJSON files of the embedded basemap by source id (style.ts), and the part each one draws. */
export const BASEMAP_SOURCES: Readonly<Record<string, { file: string; part: BasemapPart }>> = {
  regions: { file: 'regions.geojson', part: 'regions' },
  neighbours: { file: 'neighbours.geojson', part: 'neighbours' },
  'region-labels': { file: 'region-labels.geojson', part: 'labels' },
  towns: { file: 'towns.geojson', part: 'labels' },
};

export function classifyMapError(e: { sourceId?: string; error?: { message?: string; url?: string } }): MapFailure {
  const msg = e.error?.message ?? '';
  if (e.sourceId && e.sourceId in BASEMAP_SOURCES)
    return { kind: 'basemap', part: BASEMAP_SOURCES[e.sourceId]!.part, sourceId: e.sourceId };
  if (/worker/i.test(msg) || /style/i.test(msg)) return { kind: 'start' };
  if (/\.woff2?\b|font/i.test(msg + (e.error?.url ?? ''))) return { kind: 'basemap', part: 'fonts', sourceId: null };
  return null;
}
