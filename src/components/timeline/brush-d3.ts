/**
 * The d3 modules behind the timeline's drag-to-select brush (d3-brush with its transition, drag, dispatch, timer,
 * interpolate and color dependencies, and d3-selection: ~18 KB gzip). Timeline.svelte imports this module only
 * after the map's first frame with events, or as soon as a pointer enters the chart (`brush-loader.ts`), so the
 * first frame does not wait for it (issue 10, main-thread JS budget). With the whole period selected (the
 * default) the brush draws nothing, and with a range the timeline's clip already shows it.
 */
export { brushX } from 'd3-brush';
export { select } from 'd3-selection';
