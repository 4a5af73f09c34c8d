/**
 * A timeout that only counts while a box can be seen: it has a size and its document is not hidden. A map that
 * cannot start within its time is reported as failed; but inside a hidden tab, a closed section or a background
 * browser tab the map cannot draw (its load event waits for a frame), and that is no failure (issue 6, "born
 * hidden"). Each time the box becomes visible again the full time starts over.
 *
 * Returns a function that cancels the timeout.
 */
export function visibleTimeout(box: HTMLElement, ms: number, ontimeout: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const visible = () =>
    box.clientWidth > 0 &&
    box.clientHeight > 0 &&
    (typeof document === 'undefined' || document.visibilityState !== 'hidden');
  const update = () => {
    if (done) return;
    if (visible()) {
      if (timer === undefined)
        timer = setTimeout(() => {
          done = true;
          stop();
          ontimeout();
        }, ms);
    } else if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
  };
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : null;
  observer?.observe(box);
  document.addEventListener('visibilitychange', update);
  function stop() {
    clearTimeout(timer);
    observer?.disconnect();
    document.removeEventListener('visibilitychange', update);
  }
  update();
  return () => {
    done = true;
    stop();
  };
}
