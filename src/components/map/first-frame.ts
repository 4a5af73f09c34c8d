/**
 * Issue 10: work that can wait until the map has drawn its first frame with events (the detail prefetch of small
 * datasets), so that it does not compete with that frame for the network and the main thread. The events layer
 * fires `atlas:events-frame` on the window after each frame it draws (EventsLayer.svelte), with `detail.basemap`
 * false while the basemap's regions are still loading: the events are drawn from the style's first frame, before
 * the regions, and that is not yet the frame a reader waits for.
 */

/** What the events layer says about a frame it drew. */
export interface EventsFrameDetail {
  /** The basemap's regions were drawn too (false while they load). */
  basemap: boolean;
}

/**
 * Runs `fn` once, in a task after the first `atlas:events-frame` with the basemap drawn, or after `fallbackMs` if no
 * such frame comes (no WebGL, a map that failed to start, a hidden page). Returns a cancel function.
 */
export function afterFirstEventsFrame(fn: () => void, fallbackMs = 4000): () => void {
  let done = false;
  const go = (e?: Event) => {
    if (done || (e as CustomEvent<EventsFrameDetail | null> | undefined)?.detail?.basemap === false) return;
    cancel();
    setTimeout(fn, 0);
  };
  const timer = setTimeout(go, fallbackMs);
  window.addEventListener('atlas:events-frame', go);
  function cancel() {
    done = true;
    clearTimeout(timer);
    window.removeEventListener('atlas:events-frame', go);
  }
  return cancel;
}
