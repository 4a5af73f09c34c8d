// Issue 8 (timeline tester): on phones a death dot sat under "Muertes por día", the range's handles cut through
// "Muertes acumuladas", the toll note's key ◆◇ wrapped away from its text, and the line's figure differed from
// the header's with no visible word of why.
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import Timeline from './Timeline.svelte';
import TollNote from './TollNote.svelte';
import { bands } from './layout';
import { fixtureState, renderWithState } from '../../../tests/component/harness';

describe('band names have rows of their own', () => {
  for (const [width, compact] of [
    [304, true],
    [359, true],
    [1248, false],
  ] as const)
    it(`at ${width} px: the deaths strip's name sits above its dots, and the total height is unchanged`, () => {
      const b = bands(width, 10, compact);
      // The name's row ends where the strip (the dots' band) begins; the histogram ends above the name's row.
      expect(b.deathsLabelTop + 11).toBe(b.deathsTop);
      expect(b.histTop + b.histHeight).toBeLessThanOrEqual(b.deathsLabelTop);
      // The embed's planned heights (lib/embed/height.ts) depend on the timeline's height: same as before.
      expect(b.height).toBe(compact ? 236 : 287);
    });

  it('draws the names after the brush, so that its handles pass behind them, and the thumbs leave the toll names free', () => {
    const { container } = renderWithState(Timeline, fixtureState());
    const svg = container.querySelector('svg[role="img"]')!;
    const order = [...svg.querySelectorAll('g.brush, [data-testid="deaths-label"], [data-testid="toll"]')];
    expect(order.map((e) => e.getAttribute('data-testid') ?? e.classList[0])).toEqual([
      'brush',
      'deaths-label',
      'toll',
    ]);
    const label = svg.querySelector('[data-testid="deaths-label"]')!;
    const b = bands(900, 10, false);
    expect(Number(label.getAttribute('y'))).toBeLessThan(b.deathsTop);
    for (const dot of svg.querySelectorAll('g.deaths circle'))
      expect(Number(dot.getAttribute('cy')) - Number(dot.getAttribute('r'))).toBeGreaterThanOrEqual(b.deathsTop);
    const thumb = container.querySelector<HTMLElement>('.thumb.start')!;
    // The grip's hole: from the toll's top, over its rows of names.
    expect(thumb.style.getPropertyValue('--gap-top')).toBe(`${b.tollTop - b.deathsTop - 3}px`);
    expect(thumb.style.getPropertyValue('--gap-end')).toBe(`${b.tollTop - b.deathsTop + b.tollHeadRows * 11 + 3}px`);
  });
});

describe('TollNote summary', () => {
  it('keeps the key with the first word of its text (one no-wrap head)', () => {
    const { container } = render(TollNote, { compare: [], lang: 'es' });
    const head = container.querySelector('summary .head')!;
    expect(head.querySelectorAll('.key')).toHaveLength(2);
    expect(head.textContent!.replace(/\s+/g, ' ').trim()).toBe('◆◇ cifra');
    // One flex item in the summary (app.css makes it a flex box on touch screens).
    expect(container.querySelector('summary')!.children).toHaveLength(1);
  });

  it('shows the hint in the summary line when there is one', () => {
    const hint = 'The line counts by date of death: 3 of the 30 fall outside the range';
    const { container } = render(TollNote, { compare: [], hint, lang: 'en' });
    expect(container.querySelector('[data-testid="toll-note-summary"]')!.textContent!.replace(/\s+/g, ' ')).toBe(
      `◆◇ total published by the Defensoría · ${hint}`,
    );
  });

  it('has no key for the diamonds where none are drawn (a region, a filtered view)', () => {
    const hint = 'The line counts by date of death: 3 of the 30 fall outside the range';
    const { container } = render(TollNote, { compare: null, hint, lang: 'en' });
    expect(container.querySelectorAll('summary .key')).toHaveLength(0);
    expect(container.querySelector('[data-testid="toll-note-summary"]')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      hint,
    );
  });
});

describe('Timeline toll hint', () => {
  it("appears when the line's figure at the range's end differs from the header's deaths, and not otherwise", () => {
    const app = fixtureState();
    const { container } = renderWithState(Timeline, app);
    const summary = () => container.querySelector('[data-testid="toll-note-summary"]')!.textContent!;
    const readout = () => Number(container.querySelector('[data-testid="toll"]')!.getAttribute('data-now'));
    const t = app.table!;
    // A range that ends on the day of an event whose victim died later: the header counts it, the line not yet.
    let found = false;
    for (let j = 0; j < t.victims.event.length && !found; j++) {
      const i = t.victims.event[j]!;
      if (t.victims.day[j]! <= t.end[i]!) continue;
      app.setRange({ from: t.start[i]!, to: t.end[i]! });
      flushSync();
      found = app.totals.deaths !== readout();
    }
    expect(found).toBe(true);
    expect(app.totals.deaths).not.toBe(readout());
    expect(summary()).toMatch(/La línea cuenta por fecha de muerte: \d+ de \d+ quedan? fuera del periodo/);
    app.setRange({ from: app.bounds.from, to: app.bounds.to });
    flushSync();
    if (app.totals.deaths === readout()) expect(summary()).not.toMatch(/La línea cuenta/);
  });
});
