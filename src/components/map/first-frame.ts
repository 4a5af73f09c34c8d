/**
 * Issue 10: work that can wait until the map has drawn its first frame with events (the detail prefetch of small
 * datasets), so that it does not compete with that frame for the network and the main thread. The events layer
 * fires `atlas:events-frame` on the window after each frame it draws (EventsLayer.svelte).
 */

/**
 * Runs `fn` once, in a task after the first `atlas:events-frame`, or after `fallbackMs` if no such frame comes
 * (no WebGL, a map that failed to start, a hidden page). Returns a cancel function.
 */
export function afterFirstEventsFrame(fn: () => void, fallbackMs = 4000): () => void {
  let done = false;
  const go = () => {
    if (done) return;
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
