import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { visibleTimeout } from './visible-timeout';

/** A box whose size the test sets (jsdom lays nothing out). */
function box(w: number, h: number) {
  const el = document.createElement('div');
  const size = { w, h };
  Object.defineProperty(el, 'clientWidth', { get: () => size.w });
  Object.defineProperty(el, 'clientHeight', { get: () => size.h });
  return { el, resize: (nw: number, nh: number) => Object.assign(size, { w: nw, h: nh }) };
}
let hidden = false;
beforeEach(() => {
  vi.useFakeTimers();
  hidden = false;
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => (hidden ? 'hidden' : 'visible'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});
const nudge = () => document.dispatchEvent(new Event('visibilitychange'));

describe('visibleTimeout', () => {
  it('fires after its time when the box is visible from the start', () => {
    const fired = vi.fn();
    visibleTimeout(box(300, 200).el, 30_000, fired);
    vi.advanceTimersByTime(29_999);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('does not count while the box has no size (a hidden tab, display:none), and starts over when shown', () => {
    const fired = vi.fn();
    const b = box(0, 0);
    visibleTimeout(b.el, 30_000, fired);
    vi.advanceTimersByTime(120_000);
    expect(fired).not.toHaveBeenCalled();
    b.resize(300, 200);
    nudge(); // (a ResizeObserver does this in a browser)
    vi.advanceTimersByTime(29_000);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('stops counting in a background browser tab, and never fires once cancelled', () => {
    const fired = vi.fn();
    const cancel = visibleTimeout(box(300, 200).el, 30_000, fired);
    vi.advanceTimersByTime(20_000);
    hidden = true;
    nudge();
    vi.advanceTimersByTime(60_000);
    expect(fired).not.toHaveBeenCalled();
    hidden = false;
    nudge();
    cancel();
    vi.advanceTimersByTime(60_000);
    expect(fired).not.toHaveBeenCalled();
  });
});
