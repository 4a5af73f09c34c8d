/**
 * The reader's settings the atlas follows, read from media queries (false where there is no window, e.g. jsdom
 * without matchMedia): reduced motion turns camera animations off; a coarse pointer (a finger) gets cooperative
 * map gestures and larger hit areas.
 */
function matches(query: string): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

export function prefersReducedMotion(): boolean {
  return matches('(prefers-reduced-motion: reduce)');
}

export function coarsePointer(): boolean {
  return matches('(pointer: coarse)');
}

/** An animation's duration in ms, or 0 when the reader asked for reduced motion. */
export function motionMs(ms: number): number {
  return prefersReducedMotion() ? 0 : ms;
}
