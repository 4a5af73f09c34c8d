// MapContext.moveCamera against a small fake map (the owner rule itself: src/lib/map/camera-owner.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { MapContext } from './map-context.svelte';

/** Enough of MapLibre's camera: an eased move runs until `finish()`, stop() ends it, both fire moveend. */
class FakeMap {
  moving = false;
  durations: number[] = [];
  #once: (() => void)[] = [];
  once(type: string, fn: () => void) {
    if (type === 'moveend') this.#once.push(fn);
  }
  #moveend() {
    const fns = this.#once;
    this.#once = [];
    for (const fn of fns) fn();
  }
  easeTo(o: { duration: number }) {
    this.durations.push(o.duration);
    this.moving = true;
    if (o.duration === 0) this.finish();
  }
  finish() {
    if (!this.moving) return;
    this.moving = false;
    this.#moveend();
  }
  stop() {
    this.finish();
  }
}

function setup() {
  const ctx = new MapContext();
  const map = new FakeMap();
  ctx.map = map as unknown as MapLibreMap;
  const ease = () => (m: MapLibreMap, duration: number) => (m as unknown as FakeMap).easeTo({ duration });
  return { ctx, map, ease };
}

function motion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (q: string) => ({ matches: reduce && q.includes('reduce') }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('MapContext.moveCamera', () => {
  it('gives the camera to a move until it ends', () => {
    motion(false);
    const { ctx, map, ease } = setup();
    expect(ctx.moveCamera('view', 700, ease())).toBe(true);
    expect(ctx.cameraOwner).toBe('view');
    expect(map.durations).toEqual([700]);
    map.finish();
    expect(ctx.cameraOwner).toBeNull();
  });

  it('keeps the open event from interrupting a story step, Back, a region or a group', () => {
    motion(false);
    const { ctx, map, ease } = setup();
    ctx.moveCamera('region', 600, ease());
    expect(ctx.moveCamera('event', 400, ease())).toBe(false);
    expect(map.moving).toBe(true);
    expect(map.durations).toEqual([600]);
    map.finish();
    expect(ctx.moveCamera('event', 400, ease())).toBe(true);
  });

  it('lets a directed move stop the event’s move and take the camera', () => {
    motion(false);
    const { ctx, map, ease } = setup();
    ctx.moveCamera('event', 400, ease());
    expect(ctx.moveCamera('view', 700, ease())).toBe(true);
    expect(ctx.cameraOwner).toBe('view');
    map.finish();
    expect(ctx.cameraOwner).toBeNull();
  });

  it('moves at once under reduced motion, and frees the camera at once', () => {
    motion(true);
    const { ctx, map, ease } = setup();
    ctx.moveCamera('group', 500, ease());
    expect(map.durations).toEqual([0]);
    expect(ctx.cameraOwner).toBeNull();
  });

  it('never keeps the camera after a move that had nothing to do (no moveend)', () => {
    motion(false);
    vi.useFakeTimers();
    const { ctx } = setup();
    ctx.moveCamera('region', 600, () => {});
    expect(ctx.cameraOwner).toBe('region');
    vi.advanceTimersByTime(1700);
    expect(ctx.cameraOwner).toBeNull();
  });

  it('does nothing without a map', () => {
    const ctx = new MapContext();
    expect(ctx.moveCamera('view', 700, () => {})).toBe(false);
    expect(ctx.cameraOwner).toBeNull();
  });
});
