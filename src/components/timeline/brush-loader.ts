/**
 * Loads `brush-d3.ts` (a chunk of its own) once. Timeline.svelte asks for it after the map's first frame with
 * events (`afterFirstEventsFrame`), or earlier when a pointer enters the chart.
 */
export type BrushModule = typeof import('./brush-d3');

let loading: Promise<BrushModule> | null = null;

export function loadBrush(): Promise<BrushModule> {
  return (loading ??= import('./brush-d3'));
}
