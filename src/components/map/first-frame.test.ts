import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstEventsFrame } from './first-frame';

describe('afterFirstEventsFrame', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, after the first frame the events layer reports, not before', () => {
    let n = 0;
    afterFirstEventsFrame(() => n++);
    vi.advanceTimersByTime(1000);
    expect(n).toBe(0);
    window.dispatchEvent(new CustomEvent('atlas:events-frame'));
    window.dispatchEvent(new CustomEvent('atlas:events-frame'));
    vi.advanceTimersByTime(1);
    expect(n).toBe(1);
    vi.advanceTimersByTime(10_000);
    expect(n).toBe(1);
  });

  it('waits for a frame with the basemap drawn: events drawn while the regions still load do not count', () => {
    let n = 0;
    afterFirstEventsFrame(() => n++);
    window.dispatchEvent(new CustomEvent('atlas:events-frame', { detail: { basemap: false } }));
    vi.advanceTimersByTime(1);
    expect(n).toBe(0);
    window.dispatchEvent(new CustomEvent('atlas:events-frame', { detail: { basemap: true } }));
    vi.advanceTimersByTime(1);
    expect(n).toBe(1);
  });

  it('runs after the fallback delay when no frame comes (no WebGL), and not at all once cancelled', () => {
    let n = 0;
    afterFirstEventsFrame(() => n++, 500);
    vi.advanceTimersByTime(501);
    expect(n).toBe(1);
    const cancel = afterFirstEventsFrame(() => n++, 500);
    cancel();
    window.dispatchEvent(new CustomEvent('atlas:events-frame'));
    vi.advanceTimersByTime(1000);
    expect(n).toBe(1);
  });
});
