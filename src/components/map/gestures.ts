/**
 * Cooperative gestures (issue 6, "never traps a reader"): where the map sits in a page that scrolls — an embed
 * in an article, or the full atlas on a phone — one finger scrolls the page and two move the map, and the mouse
 * wheel scrolls unless Ctrl/⌘ is held. MapLibre does the gesture work (its `cooperativeGestures` handler turns the
 * canvas's touch-action into `pan-x pan-y` and lets one-finger moves through); this module decides when it is on
 * and keeps its hint in the reader's language.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { mapLocale } from '../../lib/map/locale';
import type { Lang } from '../../lib/url/url-state';

/** `cooperative`: always (embeds). `auto`: on touch screens in the phone layout, where the page scrolls past the map. */
export type GestureMode = 'cooperative' | 'auto';

/** The phone layout (App.svelte's breakpoint) on a touch screen. */
export const TOUCH_PAGE_QUERY = '(pointer: coarse) and (max-width: 760px)';

export function wantsCooperative(mode: GestureMode): boolean {
  if (mode === 'cooperative') return true;
  return typeof matchMedia === 'function' && matchMedia(TOUCH_PAGE_QUERY).matches;
}

/** In `auto` mode, follows the media query (a phone turned to landscape, a tablet's split view). */
export function followGestureMode(map: MapLibreMap, mode: GestureMode): () => void {
  if (mode !== 'auto' || typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(TOUCH_PAGE_QUERY);
  const sync = () => (query.matches ? map.cooperativeGestures.enable() : map.cooperativeGestures.disable());
  query.addEventListener('change', sync);
  return () => query.removeEventListener('change', sync);
}

/**
 * MapLibre reads its locale when it builds the hint, once; a later change of language rewrites the hint's two
 * texts in place (they are plain text nodes of its `.maplibregl-cooperative-gesture-screen`).
 */
export function setGestureHints(map: MapLibreMap, lang: Lang) {
  const texts = mapLocale(lang);
  const screen = map.getCanvasContainer().querySelector('.maplibregl-cooperative-gesture-screen');
  if (!screen) return;
  const mac = typeof navigator !== 'undefined' && navigator.userAgent.includes('Mac');
  const desktop = screen.querySelector('.maplibregl-desktop-message');
  const mobile = screen.querySelector('.maplibregl-mobile-message');
  if (desktop)
    desktop.textContent =
      texts[mac ? 'CooperativeGesturesHandler.MacHelpText' : 'CooperativeGesturesHandler.WindowsHelpText']!;
  if (mobile) mobile.textContent = texts['CooperativeGesturesHandler.MobileHelpText']!;
}
