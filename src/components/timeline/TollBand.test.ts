import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import TollBand from './TollBand.svelte';
import { bands } from './layout';
import { parseDay } from '../../lib/time/days';
import { compareWithPublished } from '../../lib/time/toll';

// Issue 8, a fresh tester: on a phone the readout dropped the Defensoría's figure, and the line lay flat in a band
// of about 20 px. Here the band as the timeline lays it out at a phone's width (compact) and a desktop's.
const from = parseDay('2022-12-07')!;
const to = parseDay('2023-03-31')!;
const days = to - from + 1;
/** A toll rising in two steps (December, then January) to 75, of which the Defensoría counts 67. */
function running(final: number): Int32Array {
  const a = new Int32Array(days);
  for (let d = 0; d < days; d++) a[d] = d < 10 ? 0 : d < 40 ? Math.round(final * 0.4) : final;
  return a;
}
const all = running(75);
const counted = running(67);
const zero = new Int32Array(days);
const compare = compareWithPublished(counted, { civilian: counted, security: zero, blockade: zero }, { from, to });

function draw(width: number, lang: 'es' | 'en' = 'es') {
  const b = bands(width, 10, width < 600);
  const dayWidth = (width - b.left - b.right) / days;
  const { container } = render(TollBand, {
    x: (d: number) => b.left + d * dayWidth,
    dayWidth,
    top: b.tollTop,
    height: b.tollHeight,
    headRows: b.tollHeadRows,
    left: b.left,
    right: width - b.right,
    bounds: { from, to },
    all,
    counted,
    compare,
    clipId: 'c',
    rangeTo: to,
    lang,
  });
  return { container, b };
}

/** Vertical extent of a step path (its first point and each V command carry its heights), px. */
function yExtent(d: string): number {
  const ys = [Number(/^M[\d.-]+,([\d.-]+)/.exec(d)![1]), ...[...d.matchAll(/V([\d.-]+)/g)].map((m) => Number(m[1]))];
  return Math.max(...ys) - Math.min(...ys);
}

describe('TollBand', () => {
  for (const width of [359, 304])
    it(`keeps the Defensoría's figure beside the atlas's count on a ${width} px timeline (a phone)`, () => {
      const { container } = draw(width);
      const readout = container.querySelector('[data-testid="toll-readout"]')!.textContent!;
      expect(readout).toMatch(/^75 hasta el 31 mar\. 2023/);
      expect(readout).toMatch(/67 contadas por la Defensoría/);
    });

  it('says it in English too, and on one row on a desktop', () => {
    const { container } = draw(1248, 'en');
    expect(container.querySelector('[data-testid="toll-readout"]')!.textContent).toBe(
      '75 by 31 Mar 2023 (67 counted by the Defensoría)',
    );
  });

  for (const width of [359, 1248])
    it(`draws the rise over at least 40 px at ${width} px, with round gridline values up to the top`, () => {
      const { container } = draw(width);
      const line = container.querySelector('[data-testid="toll-line"]')!.getAttribute('d')!;
      expect(yExtent(line)).toBeGreaterThanOrEqual(40);
      const ticks = [...container.querySelectorAll('[data-testid="toll-tick"]')].map((t) => t.textContent);
      expect(ticks).toEqual(['20', '40', '60', '80']);
    });
});
