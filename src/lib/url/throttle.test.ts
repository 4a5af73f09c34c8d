import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame, throttleTrailing } from './throttle';

describe('throttleTrailing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs at once, then at most once per interval, always ending with the last call', () => {
    const seen: number[] = [];
    const f = throttleTrailing((n: number) => seen.push(n), 250);
    f(1);
    f(2);
    f(3);
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(250);
    expect(seen).toEqual([1, 3]);
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([1, 3]);
  });

  it('flush runs a pending call immediately', () => {
    const seen: number[] = [];
    const f = throttleTrailing((n: number) => seen.push(n), 250);
    f(1);
    f(2);
    f.flush();
    expect(seen).toEqual([1, 2]);
  });

  it('cancel drops a pending call', () => {
    const seen: number[] = [];
    const f = throttleTrailing((n: number) => seen.push(n), 250);
    f(1);
    f(2);
    f.cancel();
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([1]);
  });
});

describe('throttleTrailing with a deferred first call (issue 10)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the first call of a burst when the defer says, with the latest arguments', () => {
    const seen: number[] = [];
    let release: (() => void) | null = null;
    const f = throttleTrailing(
      (n: number) => seen.push(n),
      250,
      (run) => {
        release = run;
        return () => (release = null);
      },
    );
    f(1);
    f(2);
    expect(seen).toEqual([]);
    release!();
    expect(seen).toEqual([2]);
    f(3);
    vi.advanceTimersByTime(250);
    expect(seen).toEqual([2, 3]);
  });

  it('flush runs a deferred call now; cancel drops it', () => {
    const seen: number[] = [];
    const f = throttleTrailing((n: number) => seen.push(n), 250, afterNextFrame);
    f(1);
    f.flush();
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(1000);
    f(2);
    f.cancel();
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([1]);
  });
});

describe('afterNextFrame', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('falls back to a timer when no frame comes (no requestAnimationFrame here), once', () => {
    let n = 0;
    afterNextFrame(() => n++);
    vi.advanceTimersByTime(999);
    expect(n).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(n).toBe(1);
  });
});
