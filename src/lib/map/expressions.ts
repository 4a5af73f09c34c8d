/**
 * MapLibre expressions built by pure functions, so that what the map draws can be tested without a map.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { CATEGORIES } from '../data/schema';
import { iconId } from './icons';

/** Category → icon image id. */
export function categoryIconExpression(): ExpressionSpecification {
  const pairs = CATEGORIES.flatMap((c) => [c, iconId(c)]);
  return ['match', ['get', 'category'], ...pairs, iconId('other')] as unknown as ExpressionSpecification;
}

/** Radius of the deaths ring around a single event: grows with the square root of the toll, as area should. */
export function deathRingRadius(): ExpressionSpecification {
  return ['interpolate', ['linear'], ['sqrt', ['coalesce', ['get', 'deaths'], 0]], 1, 11, 2, 13, 4.25, 21];
}

/** Cluster circle radius by how many events it holds. */
export function clusterRadius(): ExpressionSpecification {
  return ['interpolate', ['linear'], ['sqrt', ['get', 'point_count']], 1.4, 12, 3, 17, 7, 28];
}

export const isCluster: FilterSpecification = ['has', 'point_count'];
export const isSingle: FilterSpecification = ['!', ['has', 'point_count']];

/** Singles with at least one death. */
export const singleWithDeaths: FilterSpecification = [
  'all',
  ['!', ['has', 'point_count']],
  ['>', ['coalesce', ['get', 'deaths'], 0], 0],
];
export const clusterWithDeaths: FilterSpecification = ['all', ['has', 'point_count'], ['>', ['get', 'deaths'], 0]];

/** Stroke width of the focus ring: the selected event gets a heavier ring than the hovered one. */
export function focusStrokeWidth(): ExpressionSpecification {
  return ['case', ['==', ['get', 'role'], 'selected'], 3.5, 2.5];
}
