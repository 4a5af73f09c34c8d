/**
 * Throttle with a trailing call: while a reader scrubs, the URL is rewritten at most once per `ms`, and the last
 * state always lands (browsers rate-limit history.replaceState; Safari throws past ~100 calls per 30 s).
 *
 * `defer` (issue 10) moves the first call of a burst out of the caller's task: App passes `afterNextFrame`, so a
 * scrub step's frame is drawn before the URL is written (a replaceState costs a few ms of the main thread).
 */
export function throttleTrailing<A extends unknown[]>(
  fn: (...args: A) => void,
  ms: number,
  defer?: (run: () => void) => () => void,
) {
  let last = -Infinity;
  /** Cancels the scheduled call, if one is scheduled. */
  let scheduled: (() => void) | null = null;
  let pending: A | null = null;
  const run = () => {
    scheduled = null;
    last = Date.now();
    const args = pending!;
    pending = null;
    fn(...args);
  };
  const later = (wait: number) => {
    const timer = setTimeout(run, wait);
    return () => clearTimeout(timer);
  };
  const call = (...args: A) => {
    pending = args;
    if (scheduled !== null) return;
    const wait = last + ms - Date.now();
    if (wait > 0) scheduled = later(wait);
    else if (defer) scheduled = defer(run);
    else run();
  };
  /** Drop a pending trailing call (the owner is going away). */
  call.cancel = () => {
    scheduled?.();
    scheduled = null;
    pending = null;
  };
  call.flush = () => {
    if (scheduled !== null) {
      scheduled();
      run();
    }
  };
  return call;
}

/**
 * Runs `fn` once the browser has drawn the next frame and has a moment to spare (an idle callback requested from an
 * animation-frame callback, at most `idleMs` later; a plain task where idle callbacks do not exist), or after
 * `fallbackMs` if no frame comes (a hidden tab draws none). Returns a cancel function.
 */
export function afterNextFrame(fn: () => void, fallbackMs = 1000, idleMs = 50): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    cancel();
    fn();
  };
  const fallback = setTimeout(run, fallbackMs);
  let idle: number | undefined;
  let task: ReturnType<typeof setTimeout> | undefined;
  const frame =
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => {
          if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: idleMs });
          else task = setTimeout(run, 0);
        })
      : undefined;
  function cancel() {
    done = true;
    clearTimeout(fallback);
    if (task !== undefined) clearTimeout(task);
    if (idle !== undefined) cancelIdleCallback(idle);
    if (frame !== undefined) cancelAnimationFrame(frame);
  }
  return cancel;
}
