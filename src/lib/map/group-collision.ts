/**
 * Room for the events on the basemap's labels. The events are a WebGL custom layer, which MapLibre's label
 * placement cannot see, so town and region names used to be printed across the group rings (Lima, Abancay,
 * Puno, Arequipa at the national zoom). This module describes, as plain data, an invisible symbol layer: one
 * transparent icon per group and lone event of every zoom level, as large as the ring drawn there. Placed above
 * the labels, its icons take their collision space first (icon-allow-overlap: they always "show";
 * icon-ignore-placement false: others must avoid them), so a town name moves to a free side of its dot
 * (towns-label has text-variable-anchor) or, when no side is free, is left out at that zoom.
 *
 * A town whose dot lies under a ring cannot be labelled beside its dot (every side is inside the ring), so its
 * name moves to the group instead: the box carries the name of the main town it covers, printed just outside
 * the ring (text-radial-offset = the ring's radius), and the basemap's own label of every covered town is
 * filtered out at that zoom level, so that a name is never printed twice.
 *
 * Positions are fixed per zoom (groups.ts) and the boxes are sized by a group's ring for the whole period, so the
 * source is built once per dataset: no setData while a reader scrubs, and labels do not jump at every step (a
 * group with no event in the range keeps its label where its ring would be).
 */
import type { FeatureCollection, Point } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { EventTable } from '../data/table';
import { GROUP_MIN_ZOOM, membersOf, mercatorX, mercatorY, type GroupLevel } from './groups';

export const COLLISION_SOURCE = 'event-label-space';
export const COLLISION_LAYER = 'event-label-space';
export const COLLISION_IMAGE = 'event-label-space';
/** The transparent icon is 2·R px square at icon-size 1. */
export const COLLISION_IMAGE_RADIUS = 32;

/**
 * How much smaller groups are drawn at a level than at full size (1). At the national view (level 3: Peru about
 * 300 px tall on a desktop or a phone) full-size rings of 30 px covered whole regions — Puno, Ayacucho, Apurímac —
 * and the capitals' names; three quarters of that still tells 5 from 80 and leaves the regions' shading and room
 * for the names around them. From level 5 (a region fills the map) rings have their full size.
 */
export function ringScale(levelZoom: number): number {
  return levelZoom <= 3 ? 0.75 : levelZoom === 4 ? 0.875 : 1;
}

/** Smallest ring radius (px) at any scale: a two-digit count still fits in its white centre. */
const MIN_RING = 12;

/** Ring radius (px) of a group of n events, as the group shader draws it (gl/shaders.ts), at a level's scale. */
export function groupRadius(n: number, scale = 1): number {
  return Math.max(MIN_RING, Math.min(30, Math.max(13, 10 + 2.2 * Math.sqrt(n))) * scale);
}

/** Deaths ring radius (px) of a lone event, as the point shader draws it; 0 without deaths. */
export function deathRingRadius(deaths: number): number {
  return deaths > 0 ? Math.min(24, Math.max(11, 11 + (Math.sqrt(deaths) - 1) * 3)) : 0;
}

/**
 * Width (px) of a group's deaths ring, as the group shader draws it: wider with the toll, at a level's scale (never
 * under 2 px); 0 without deaths.
 */
export function groupDeathRingWidth(deaths: number, scale = 1): number {
  return deaths > 0 ? Math.max(2, Math.min(6.5, Math.max(2, 1.2 + 0.75 * Math.sqrt(deaths))) * scale) : 0;
}

/** Half the icon box of a lone event without deaths (16 px icons, up to 1.15×). */
const ICON_HALF = 9.5;

/** The space a group or lone event takes, px from its centre: ring, deaths ring, a little air. */
export function footprint(n: number, deaths: number, scale = 1): number {
  if (n >= 2) return groupRadius(n, scale) + (deaths > 0 ? 2.5 + groupDeathRingWidth(deaths, scale) : 2);
  return Math.max(ICON_HALF, deathRingRadius(deaths) + 1.5);
}

export interface CollisionProps {
  /** Zoom of the level (the last level applies to every higher zoom). */
  z: number;
  /** Radius of the box, px. */
  r: number;
  /** Name of the town the ring covers, printed beside the ring ('' for none). */
  name: string;
}

/** A labelled town of the basemap (public/geo/towns.geojson). */
export interface Town {
  name: string;
  /** 1: regional capital, always labelled; 2: labelled from zoom TOWN_RANK2_ZOOM. */
  rank: number;
  lng: number;
  lat: number;
}
/** The zoom from which rank-2 towns are labelled (style.ts, towns-label). */
export const TOWN_RANK2_ZOOM = 6.5;

/** How far beyond a ring a capital is still named by it (about one line of text), px. */
const NEAR_PX = 14;

/** Web Mercator units to CSS pixels at zoom z (512-px world at zoom 0, as MapLibre). */
const pxPerUnit = (z: number) => 512 * Math.pow(2, z);

/**
 * Which towns lie under which ring, level by level: a town is covered when its dot is within the ring's
 * footprint at the middle of the level's zoom span (a level is drawn from zoom z to z + 1, while the ring keeps
 * its size in pixels, so a town at the edge comes out from under it as the reader zooms in). Each group gets the name of its main covered town (rank, then distance);
 * `hidden[z]` lists every covered town of level z, for the basemap's label filter.
 */
export function coveredTowns(
  table: EventTable,
  levels: readonly GroupLevel[],
  towns: readonly Town[],
): { names: Map<GroupLevel, string[]>; hidden: Map<number, string[]> } {
  const names = new Map<GroupLevel, string[]>();
  const hidden = new Map<number, string[]>();
  const tx = towns.map((t) => mercatorX(t.lng));
  const ty = towns.map((t) => mercatorY(t.lat));
  for (const lvl of levels) {
    const k = pxPerUnit(lvl.zoom + 0.5);
    const label = new Array<string>(lvl.count).fill('');
    const covered = new Set<string>();
    const radius: number[] = [];
    const shown = (t: Town) => t.rank === 1 || lvl.zoom + 1 > TOWN_RANK2_ZOOM;
    for (let g = 0; g < lvl.count; g++) {
      const members = membersOf(lvl, g);
      let deaths = 0;
      for (const i of members) deaths += table.deathsOf(i);
      radius.push(members.length ? footprint(members.length, deaths, ringScale(lvl.zoom)) : 0);
    }
    const dist = (j: number, g: number) => Math.hypot(tx[j]! - lvl.x[g]!, ty[j]! - lvl.y[g]!) * k;
    // Events of a group at a town (within about a ring's width of it): the town a ring is "about".
    const near = (j: number, g: number) => {
      let n = 0;
      for (const i of membersOf(lvl, g))
        if (Math.hypot(mercatorX(table.lng[i]!) - tx[j]!, mercatorY(table.lat[i]!) - ty[j]!) * k < 8) n++;
      return n;
    };
    for (let g = 0; g < lvl.count; g++) {
      if (!radius[g]) continue;
      let best: { j: number; rank: number; n: number; d: number } | null = null;
      towns.forEach((t, j) => {
        const d = dist(j, g);
        if (d > radius[g]! || !shown(t)) return;
        covered.add(t.name);
        const n = near(j, g);
        if (!best || t.rank < best.rank || (t.rank === best.rank && (n > best.n || (n === best.n && d < best.d))))
          best = { j, rank: t.rank, n, d };
      });
      if (best) label[g] = towns[(best as { j: number }).j]!.name;
    }
    // A capital just outside a ring usually has no free side left for its name either: the nearest ring
    // without a name of its own carries it.
    towns.forEach((t, j) => {
      if (t.rank !== 1 || covered.has(t.name)) return;
      let bestG = -1;
      let bestD = Infinity;
      for (let g = 0; g < lvl.count; g++) {
        const d = dist(j, g);
        if (radius[g] && !label[g] && d <= radius[g]! + NEAR_PX && d < bestD) [bestG, bestD] = [g, d];
      }
      if (bestG >= 0) {
        label[bestG] = t.name;
        covered.add(t.name);
      }
    });
    names.set(lvl, label);
    hidden.set(lvl.zoom, [...covered].sort());
  }
  return { names, hidden };
}

/**
 * The basemap's town-label filter, minus the towns covered by a ring at the current level (their names are
 * printed by the groups instead).
 */
export function townsLabelFilter(
  original: unknown,
  levels: readonly GroupLevel[],
  hidden: Map<number, string[]>,
): unknown[] {
  const byLevel: unknown[] = ['match', levelAtZoom(levels)];
  // Typed as array<string> whatever their lengths, or the branches of the match would not type-check.
  const names = (list: string[]) => ['array', 'string', ['literal', list]];
  for (const lvl of levels) byLevel.push(lvl.zoom, names(hidden.get(lvl.zoom) ?? []));
  byLevel.push(names([]));
  const notCovered = ['!', ['in', ['get', 'name'], byLevel]];
  return original ? ['all', original, notCovered] : notCovered;
}

/** Every level's groups and lone events as points with their footprint (mercator centres back to lng/lat). */
export function collisionFeatures(
  table: EventTable,
  levels: readonly GroupLevel[],
  names?: Map<GroupLevel, string[]>,
): FeatureCollection<Point, CollisionProps> {
  const features: FeatureCollection<Point, CollisionProps>['features'] = [];
  for (const lvl of levels) {
    const label = names?.get(lvl);
    for (let g = 0; g < lvl.count; g++) {
      const members = membersOf(lvl, g);
      if (!members.length) continue;
      let deaths = 0;
      for (const i of members) deaths += table.deathsOf(i);
      const lng = lvl.x[g]! * 360 - 180;
      const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * lvl.y[g]!))) * 180) / Math.PI;
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [lng, lat] },
        properties: {
          z: lvl.zoom,
          r: Math.round(footprint(members.length, deaths, ringScale(lvl.zoom)) * 10) / 10,
          name: label?.[g] ?? '',
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

/**
 * The level shown at a map zoom, as an expression: floor(zoom), within the levels' span (groups.ts levelFor).
 * Filters are evaluated at the tile's integer zoom, which is floor(zoom) for GeoJSON's 512 px tiles.
 */
export function levelAtZoom(levels: readonly GroupLevel[]): unknown[] {
  const last = levels[levels.length - 1]?.zoom ?? GROUP_MIN_ZOOM;
  return ['max', GROUP_MIN_ZOOM, ['min', ['floor', ['zoom']], last]];
}

/** Text size of the group labels, px: the basemap's town labels (style.ts, towns-label). */
const LABEL_SIZE = 12;

/**
 * The invisible boxes with the covered town's name outside the ring. `text` gives the font and colours of the
 * basemap's town labels, so a name looks the same wherever it is printed.
 */
export function collisionLayer(
  levels: readonly GroupLevel[],
  text: { font: string; color: string; halo: string } = { font: 'Noto Sans Regular', color: '#333', halo: '#fff' },
): LayerSpecification {
  return {
    id: COLLISION_LAYER,
    type: 'symbol',
    source: COLLISION_SOURCE,
    filter: ['==', ['get', 'z'], levelAtZoom(levels)] as never,
    layout: {
      'icon-image': COLLISION_IMAGE,
      'icon-size': ['/', ['get', 'r'], COLLISION_IMAGE_RADIUS],
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
      'icon-padding': 0,
      // Larger rings first: their labels win a contested spot.
      'symbol-sort-key': ['-', 0, ['get', 'r']],
      'text-field': ['get', 'name'],
      'text-font': [text.font],
      'text-size': LABEL_SIZE,
      'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
      'text-radial-offset': ['+', ['/', ['get', 'r'], LABEL_SIZE], 0.15],
      'text-optional': true,
      'text-padding': 2,
    },
    paint: { 'icon-opacity': 0, 'text-color': text.color, 'text-halo-color': text.halo, 'text-halo-width': 1.4 },
  };
}
