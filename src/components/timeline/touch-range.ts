/**
 * Setting the range with a finger, without trapping the page (issue 6). d3-brush handles touches itself with
 * `touch-action: none` and preventDefault on every touchmove, so a vertical swipe over the timeline could never
 * scroll the article around an embed. Instead the brush is told to leave touches alone (`touchable(false)`; mouse
 * and pen still go to it), the timeline keeps `touch-action: pan-y` — the browser scrolls on a vertical swipe and
 * cancels the pointer — and this attachment turns a horizontal drag into a range, as the brush would: from a point
 * outside the selection it draws a new range, from inside it moves the window, keeping its length. A tap is left
 * to the compatibility click the browser sends (the brush reads it as a click on a mark).
 */
import type { Attachment } from 'svelte/attachments';
import type { UtcScale } from '../../lib/time/utc-scale';
import type { DayRange } from '../../lib/time/range';
import { movedRange, pixelsToRange, rangeToPixels } from './layout';

/** Horizontal movement (px) before a touch counts as a drag: fingers wobble more than mice. */
export const TOUCH_SLOP = 8;

export interface TouchRangeOptions {
  /** Where a drag may start, in the svg's pixels (the brush's extent). */
  band: () => { left: number; right: number; top: number; bottom: number };
  scale: () => UtcScale;
  range: () => DayRange;
  /** The whole period is selected: every drag draws a new range. */
  whole: () => boolean;
  setRange: (r: DayRange) => void;
  /** A drag began (stop playback). */
  onstart?: () => void;
}

interface Drag {
  id: number;
  x0: number;
  mode: 'draw' | 'move';
  left0: number;
  length: number;
  active: boolean;
}

export function touchRange(opts: TouchRangeOptions): Attachment<SVGSVGElement> {
  return (svg) => {
    let drag: Drag | null = null;
    const local = (e: PointerEvent) => {
      const r = svg.getBoundingClientRect();
      return [e.clientX - r.left, e.clientY - r.top] as const;
    };

    function down(e: PointerEvent) {
      if (e.pointerType !== 'touch' || !e.isPrimary) return;
      const [x, y] = local(e);
      const b = opts.band();
      if (x < b.left || x > b.right || y < b.top || y > b.bottom) return;
      const r = opts.range();
      const [sx0, sx1] = rangeToPixels(opts.scale(), r.from, r.to);
      const inside = !opts.whole() && x >= sx0 && x <= sx1;
      drag = {
        id: e.pointerId,
        x0: x,
        mode: inside ? 'move' : 'draw',
        left0: sx0,
        length: r.to - r.from + 1,
        active: false,
      };
    }

    function move(e: PointerEvent) {
      if (!drag || e.pointerId !== drag.id) return;
      const [x] = local(e);
      const dx = x - drag.x0;
      if (!drag.active) {
        if (Math.abs(dx) < TOUCH_SLOP) return;
        drag.active = true;
        opts.onstart?.();
      }
      const scale = opts.scale();
      opts.setRange(
        drag.mode === 'move'
          ? movedRange(scale, drag.left0 + dx, drag.length)
          : pixelsToRange(scale, Math.min(drag.x0, x), Math.max(drag.x0, x)),
      );
    }

    function end(e: PointerEvent) {
      if (drag && e.pointerId === drag.id) drag = null;
    }

    svg.addEventListener('pointerdown', down);
    svg.addEventListener('pointermove', move);
    svg.addEventListener('pointerup', end);
    // A vertical swipe: the browser took it to scroll the page and cancelled the pointer; the range is untouched.
    svg.addEventListener('pointercancel', end);
    return () => {
      svg.removeEventListener('pointerdown', down);
      svg.removeEventListener('pointermove', move);
      svg.removeEventListener('pointerup', end);
      svg.removeEventListener('pointercancel', end);
    };
  };
}
