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
 * name moves to the ring instead: a second layer, placed right after the boxes, prints the names of the capitals
 * a ring covers just outside it, first on the side facing the town (Arequipa south-west of the Puno ring,
 * Ayacucho west of the Ayacucho–Cusco ring), else on the next free side; the basemap's own label and dot of
 * every covered town are filtered out at that zoom level, so that a name is never printed twice.
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
/** Two transparent images, wide and tall, whose boxes together cover a ring but not the corners of its square. */
export const COLLISION_IMAGE = 'event-label-space';
export const COLLISION_IMAGE_TALL = 'event-label-space-tall';
export const NAMES_SOURCE = 'event-ring-names';
export const NAMES_LAYER = 'event-ring-names';
/** The wide icon is 2·R px wide and 2·R·CROSS high at icon-size 1 (the tall one the other way round). */
export const COLLISION_IMAGE_RADIUS = 32;
/**
 * Half the narrow side of each box, as a share of the radius: any point of a circle has |x| or |y| ≤ r·√½, so two
 * crossed boxes of r × 0.72 r hold the ring, and a name can sit in a corner of its square (a diagonal anchor).
 */
export const CROSS = 0.72;

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
  /** Radius of the ring's footprint, px. */
  r: number;
  /** COLLISION_IMAGE (the wide box) or COLLISION_IMAGE_TALL. */
  img: string;
}

/** A town's name printed beside the ring that covers its dot. */
export interface NameProps {
  /** Zoom of the level. */
  z: number;
  name: string;
  /** Placement order (lower first): capitals before other towns, then the town with more of the ring's events. */
  order: number;
  /**
   * Key of the anchors to try, as `text-variable-anchor-offset` in the layer (a GeoJSON property cannot carry the
   * nested array itself): the side of the ring facing the town first, then the sides next to it, each just outside
   * the ring (offsets in ems of the label's text size).
   */
  anchors: string;
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

/** Towns closer than this (px) are named once by a ring. */
const SAME_PLACE_PX = 8;
/** How far beyond a ring a capital is still named by it (about one line of text), px. */
const NEAR_PX = 14;

/** Web Mercator units to CSS pixels at zoom z (512-px world at zoom 0, as MapLibre). */
const pxPerUnit = (z: number) => 512 * Math.pow(2, z);

/** A town named by a ring: where it lies from the ring's centre (px at the middle of the level's span). */
export interface RingName {
  name: string;
  rank: number;
  /** Deaths and events of the ring at the town (within 8 px of its dot). */
  deaths: number;
  events: number;
  dx: number;
  dy: number;
}

/**
 * Which towns lie under which ring, level by level: a town is covered when its dot is within the ring's
 * footprint at the middle of the level's zoom span (a level is drawn from zoom z to z + 1, while the ring keeps
 * its size in pixels, so a town at the edge comes out from under it as the reader zooms in). Each ring names
 * every regional capital under it where at least 1 in 20 of its events happened (at the national level one ring covers Puno
 * and Arequipa, another Ayacucho and Cusco), or else its main town; a capital just outside a ring, which usually
 * has no free side left, is named by the nearest ring too (with the same share). A capital with fewer is left
 * unnamed under a ring: at that zoom it is only geography, and its name would crowd the others out. `hidden[z]`
 * lists every covered town of level z, for the basemap's filters.
 */
export function coveredTowns(
  table: EventTable,
  levels: readonly GroupLevel[],
  towns: readonly Town[],
): { names: Map<GroupLevel, RingName[][]>; hidden: Map<number, string[]> } {
  const names = new Map<GroupLevel, RingName[][]>();
  const hidden = new Map<number, string[]>();
  const tx = towns.map((t) => mercatorX(t.lng));
  const ty = towns.map((t) => mercatorY(t.lat));
  for (const lvl of levels) {
    const k = pxPerUnit(lvl.zoom + 0.5);
    const scale = ringScale(lvl.zoom);
    const label: RingName[][] = Array.from({ length: lvl.count }, () => []);
    const covered = new Set<string>();
    const radius: number[] = [];
    const shown = (t: Town) => t.rank === 1 || lvl.zoom + 1 > TOWN_RANK2_ZOOM;
    for (let g = 0; g < lvl.count; g++) {
      const members = membersOf(lvl, g);
      let deaths = 0;
      for (const i of members) deaths += table.deathsOf(i);
      radius.push(members.length ? footprint(members.length, deaths, scale) : 0);
    }
    const dist = (j: number, g: number) => Math.hypot(tx[j]! - lvl.x[g]!, ty[j]! - lvl.y[g]!) * k;
    const named = (j: number, g: number): RingName => {
      let events = 0;
      let deaths = 0;
      for (const i of membersOf(lvl, g))
        if (Math.hypot(mercatorX(table.lng[i]!) - tx[j]!, mercatorY(table.lat[i]!) - ty[j]!) * k < 8) {
          events++;
          deaths += table.deathsOf(i);
        }
      return {
        name: towns[j]!.name,
        rank: towns[j]!.rank,
        deaths,
        events,
        dx: (tx[j]! - lvl.x[g]!) * k,
        dy: (ty[j]! - lvl.y[g]!) * k,
      };
    };
    // Which name goes first: capitals, then the toll at the town (the atlas is about where people died: Juliaca's
    // and Ayacucho's names before Arequipa's, which then takes another side), then its events, then the nearer.
    const better = (a: RingName, b: RingName) =>
      a.rank !== b.rank
        ? a.rank < b.rank
        : a.deaths !== b.deaths
          ? a.deaths > b.deaths
          : a.events !== b.events
            ? a.events > b.events
            : Math.hypot(a.dx, a.dy) < Math.hypot(b.dx, b.dy);
    for (let g = 0; g < lvl.count; g++) {
      if (!radius[g]) continue;
      let best: RingName | null = null;
      // A capital with few of the ring's events (Huacho beside Lima's 69) would take the place the main names need.
      const minEvents = Math.max(1, membersOf(lvl, g).length / 20);
      towns.forEach((t, j) => {
        if (dist(j, g) > radius[g]! || !shown(t)) return;
        covered.add(t.name);
        const n = named(j, g);
        if (t.rank === 1 && n.events >= minEvents) label[g]!.push(n);
        if (!best || better(n, best)) best = n;
      });
      if (best && !label[g]!.length) label[g]!.push(best);
    }
    towns.forEach((t, j) => {
      if (t.rank !== 1 || covered.has(t.name)) return;
      let bestG = -1;
      let bestD = Infinity;
      for (let g = 0; g < lvl.count; g++) {
        const d = dist(j, g);
        if (radius[g] && d <= radius[g]! + NEAR_PX && d < bestD) [bestG, bestD] = [g, d];
      }
      if (bestG < 0) return;
      covered.add(t.name);
      const n = named(j, bestG);
      if (n.events >= Math.max(1, membersOf(lvl, bestG).length / 20)) label[bestG]!.push(n);
    });
    // Two towns a few pixels apart read as one place (Callao beside Lima): the ring names the first only.
    const kept = label.map((list) =>
      list
        .sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0))
        .filter((n, i, all) => all.slice(0, i).every((m) => Math.hypot(m.dx - n.dx, m.dy - n.dy) >= SAME_PLACE_PX)),
    );
    names.set(lvl, kept);
    hidden.set(lvl.zoom, [...covered].sort());
  }
  return { names, hidden };
}

/**
 * The basemap's town-label (or town-dot) filter, minus the towns covered by a ring at the current level (their
 * names are printed by the rings instead, and a dot inside a ring would sit on its count).
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

const toLngLat = (lvl: GroupLevel, g: number): [number, number] => [
  lvl.x[g]! * 360 - 180,
  (Math.atan(Math.sinh(Math.PI * (1 - 2 * lvl.y[g]!))) * 180) / Math.PI,
];

/**
 * Every level's groups and lone events as points with their footprint (mercator centres back to lng/lat): two
 * crossed boxes each.
 */
export function collisionFeatures(
  table: EventTable,
  levels: readonly GroupLevel[],
): FeatureCollection<Point, CollisionProps> {
  const features: FeatureCollection<Point, CollisionProps>['features'] = [];
  for (const lvl of levels) {
    const scale = ringScale(lvl.zoom);
    for (let g = 0; g < lvl.count; g++) {
      const members = membersOf(lvl, g);
      if (!members.length) continue;
      let deaths = 0;
      for (const i of members) deaths += table.deathsOf(i);
      const r = Math.round(footprint(members.length, deaths, scale) * 10) / 10;
      for (const img of [COLLISION_IMAGE, COLLISION_IMAGE_TALL])
        features.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: toLngLat(lvl, g) },
          properties: { z: lvl.zoom, r, img },
        });
    }
  }
  return { type: 'FeatureCollection', features };
}

type Anchor = 'top' | 'bottom' | 'left' | 'right' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';
/**
 * The eight sides of a ring clockwise from the east, as [anchor of the text, unit direction from the centre]: a
 * name east of the ring has its left edge there ('left'), one south of it its top ('top').
 */
const SIDES: [Anchor, number, number][] = [
  ['left', 1, 0],
  ['top-left', CROSS, CROSS],
  ['top', 0, 1],
  ['top-right', -CROSS, CROSS],
  ['right', -1, 0],
  ['bottom-right', -CROSS, -CROSS],
  ['bottom', 0, -1],
  ['bottom-left', CROSS, -CROSS],
];

/** Text size of the ring names, px: the basemap's capital labels (style.ts, towns-label). */
const LABEL_SIZE = 12;
/** Air between a ring's box and its name, px. */
const NAME_GAP = 2;
/**
 * More air above and below: a label's collision box is a line high (1.2 em), taller than its letters, so a name
 * above or below a ring at NAME_GAP would touch the ring's box and never be placed.
 */
const NAME_GAP_Y = 4;

/**
 * The anchors a ring tries for a name, as a `text-variable-anchor-offset` value: the side facing the town first,
 * then the others by how far they turn from it, up to a right angle for a town under the ring (Cusco above its
 * ring when the east is taken) and 45° for one beside it. A name on the far side of a ring would point the reader
 * the wrong way (Huancavelica west of Lima's ring), so it is rather left out. A town near the centre (within a
 * third of the radius) may be named on any side, below first. Each offset puts the text's anchor
 * just outside the ring of radius r px (its two crossed boxes). Offsets are rounded to 0.05 em so few keys repeat.
 */
export function nameAnchors(r: number, dx: number, dy: number): (Anchor | [number, number])[] {
  const d = Math.hypot(dx, dy);
  const central = d < r / 3;
  const toward = central ? Math.PI / 2 : Math.atan2(dy, dx);
  const maxTurn = central ? Math.PI : d <= r ? Math.PI / 2 : (3 * Math.PI) / 8;
  const turn = (k: number) => Math.abs((((k * Math.PI) / 4 - toward + 3 * Math.PI) % (2 * Math.PI)) - Math.PI);
  const em = (v: number) => Math.round((v / LABEL_SIZE) * 20) / 20;
  return (
    SIDES.map((s, k) => [s, turn(k)] as const)
      .filter(([, a]) => a <= maxTurn + 1e-9)
      // A name level with or square above or below a ring reads as its name better than one in a corner: a corner
      // goes first only when it faces the town better by more than 15°.
      .sort((a, b) => a[1] + (a[0][1] && a[0][2] ? Math.PI / 12 : 0) - b[1] - (b[0][1] && b[0][2] ? Math.PI / 12 : 0))
      .flatMap(([[anchor, ux, uy]]) => [
        anchor,
        [em(ux * r + Math.sign(ux) * NAME_GAP), em(uy * r + Math.sign(uy) * NAME_GAP_Y)] as [number, number],
      ])
  );
}

/** The names printed beside the rings, one point per name at its ring's centre, for every level. */
export function nameFeatures(
  table: EventTable,
  levels: readonly GroupLevel[],
  names: Map<GroupLevel, RingName[][]>,
): FeatureCollection<Point, NameProps> {
  const features: FeatureCollection<Point, NameProps>['features'] = [];
  for (const lvl of levels) {
    const scale = ringScale(lvl.zoom);
    const label = names.get(lvl);
    if (!label) continue;
    for (let g = 0; g < lvl.count; g++) {
      const list = label[g];
      if (!list?.length) continue;
      const members = membersOf(lvl, g);
      let deaths = 0;
      for (const i of members) deaths += table.deathsOf(i);
      const r = footprint(members.length, deaths, scale);
      for (const n of list)
        features.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: toLngLat(lvl, g) },
          properties: {
            z: lvl.zoom,
            name: n.name,
            order: n.rank * 1e7 - n.deaths * 1000 - Math.min(999, n.events),
            anchors: JSON.stringify(nameAnchors(r, n.dx, n.dy)),
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

/**
 * The invisible boxes: on top of the stack, so they are placed first and always show, and every label below
 * (the ring names, then the basemap's towns and regions) must avoid them.
 */
export function collisionLayer(levels: readonly GroupLevel[]): LayerSpecification {
  return {
    id: COLLISION_LAYER,
    type: 'symbol',
    source: COLLISION_SOURCE,
    filter: ['==', ['get', 'z'], levelAtZoom(levels)] as never,
    layout: {
      'icon-image': ['get', 'img'],
      'icon-size': ['/', ['get', 'r'], COLLISION_IMAGE_RADIUS],
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
      'icon-padding': 0,
    },
    paint: { 'icon-opacity': 0 },
  };
}

/**
 * The covered towns' names beside their rings: just under the boxes, so they are placed after every ring (a name
 * never lies on another ring) and before the basemap's labels (a capital's name wins its place near its ring over
 * a region's name). `features` are nameFeatures' (their anchor keys become the match below). `text` gives the
 * font and colours of the basemap's town labels, so a name looks the same wherever it is printed.
 */
export function namesLayer(
  levels: readonly GroupLevel[],
  features: FeatureCollection<Point, NameProps>,
  text: { font: string; color: string; halo: string } = { font: 'Noto Sans Regular', color: '#333', halo: '#fff' },
): LayerSpecification {
  const keys = [...new Set(features.features.map((f) => f.properties.anchors))];
  const fallback = nameAnchors(20, 0, 0);
  const anchors = keys.length
    ? ['match', ['get', 'anchors'], ...keys.flatMap((k) => [k, ['literal', JSON.parse(k)]]), ['literal', fallback]]
    : ['literal', fallback];
  return {
    id: NAMES_LAYER,
    type: 'symbol',
    source: NAMES_SOURCE,
    filter: ['==', ['get', 'z'], levelAtZoom(levels)] as never,
    layout: {
      'symbol-sort-key': ['get', 'order'],
      'text-field': ['get', 'name'],
      'text-font': [text.font],
      'text-size': LABEL_SIZE,
      'text-variable-anchor-offset': anchors as never,
      'text-padding': 2,
    },
    paint: { 'text-color': text.color, 'text-halo-color': text.halo, 'text-halo-width': 1.4 },
  };
}
