import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttleTrailing } from './throttle';

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
