import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import Timeline from './Timeline.svelte';
import PlayControls from './PlayControls.svelte';
import { fixtureState, renderWithState } from '../../../tests/component/harness';
import { parseDay, PERIOD_START } from '../../lib/time/days';
import { PLAY_INTERVAL_MS } from '../../lib/state/app-state.svelte';
import { isNationalMeasure } from '../../lib/data/table';

describe('PlayControls', () => {
  it('play moves the window day by day, pause stops it, reset returns to the whole period', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { app } = renderWithState(PlayControls);
    const reset = screen.getByRole('button', { name: 'Todo el periodo' });
    expect(reset).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /Reproducir/ }));
    expect(screen.getByRole('button', { name: /Pausa/ })).toHaveAttribute('aria-pressed', 'true');
    vi.advanceTimersByTime(PLAY_INTERVAL_MS * 2);
    expect(app.range.from).toBe(PERIOD_START + 2);
    flushSync();
    expect(screen.getByText(/7 días/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Pausa/ }));
    vi.advanceTimersByTime(PLAY_INTERVAL_MS * 3);
    expect(app.range.from).toBe(PERIOD_START + 2);
    await user.click(reset);
    expect(app.isWholePeriod).toBe(true);
    vi.useRealTimers();
  });
});

describe('Timeline', () => {
  const subpaths = (el: Element | null) =>
    [...(el?.querySelectorAll('path') ?? [])].reduce((n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0);

  it('draws one histogram cell per located event and one lane bar per measure, with a DOM of fixed size', () => {
    const app = fixtureState();
    const { container } = renderWithState(Timeline, app);
    const t = app.table!;
    const located = t.ids.filter((_, i) => t.hasPoint(i)).length;
    expect(subpaths(container.querySelector('[data-testid="histogram"]'))).toBe(located);
    expect(subpaths(container.querySelector('g.lane:not(.out)'))).toBe(t.count - located);
    // One path per category in each layer, whatever the number of events.
    expect(container.querySelectorAll('[data-testid="histogram"] path')).toHaveLength(7);
  });

  it('shows the range as a clip over the marks and outlines the hovered event', () => {
    const app = fixtureState();
    const { container } = renderWithState(Timeline, app);
    const clip = () => container.querySelector('clipPath rect')!;
    const full = Number(clip().getAttribute('width'));
    app.setRange({ from: parseDay('2023-01-15')!, to: parseDay('2023-01-22')! });
    flushSync();
    const w = Number(clip().getAttribute('width'));
    expect(w).toBeGreaterThan(0);
    expect(w / full).toBeCloseTo(8 / 115, 2);
    expect(container.querySelectorAll('rect.focus')).toHaveLength(0);
    app.hover(app.table!.indexOf('2023-01-19-toma-de-lima-march')!);
    flushSync();
    expect(container.querySelectorAll('rect.focus')).toHaveLength(1);
  });
});

describe('Timeline range slider (keyboard)', () => {
  it('two thumbs and the window: arrows a day, Page Up/Down a week, Home/End the ends, from the whole period', async () => {
    const app = fixtureState();
    renderWithState(Timeline, app);
    const [start, windowSlider, end] = screen.getAllByRole('slider');
    expect(start).toHaveAccessibleName('Inicio del periodo');
    expect(end).toHaveAttribute('aria-valuetext', '31 mar. 2023');
    start!.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(app.range.from).toBe(PERIOD_START + 1);
    await userEvent.keyboard('{PageUp}');
    expect(app.range.from).toBe(PERIOD_START + 8);
    end!.focus();
    await userEvent.keyboard('{PageDown}{ArrowLeft}');
    expect(app.range.to).toBe(parseDay('2023-03-23')!);
    await userEvent.keyboard('{Home}');
    expect(app.range.to).toBe(app.range.from);
    app.setRange({ from: parseDay('2023-01-15')!, to: parseDay('2023-01-21')! });
    windowSlider!.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(app.range).toEqual({ from: parseDay('2023-01-16')!, to: parseDay('2023-01-22')! });
    await userEvent.keyboard('{End}');
    expect(app.range).toEqual({ from: parseDay('2023-03-25')!, to: parseDay('2023-03-31')! });
    // Escape belongs to menus and panels: it never resets the range.
    await userEvent.keyboard('{Escape}');
    expect(app.isWholePeriod).toBe(false);
  });
});

// Issue 8 (timeline tester): with a region, the measures lane shows what the totals panel counts.
describe('Timeline measures lane with a region', () => {
  type Marks = { lane: () => number[] };
  const laneOf = (container: HTMLElement) =>
    new Set((container.querySelector('svg[role="img"]') as unknown as { atlasMarks: Marks }).atlasMarks.lane());

  it("shows the region's own measures and the national measures that apply there, not every national event", () => {
    const app = fixtureState();
    const t = app.table!;
    const { container } = renderWithState(Timeline, app);
    const nationalOther = t.ids
      .map((_, i) => i)
      .filter((i) => !t.hasPoint(i) && t.regionStart[i + 1] === t.regionStart[i] && !isNationalMeasure(t, i));
    // The fixture has national events that are not measures in force (a vote, a statement…): the case at stake.
    expect(nationalOther.length).toBeGreaterThan(0);
    expect([...laneOf(container)].some((i) => nationalOther.includes(i))).toBe(true);

    app.setRegion('PE-PUN');
    flushSync();
    const r = app.regionIndex;
    const lane = laneOf(container);
    const want = t.ids.map((_, i) => i).filter((i) => !t.hasPoint(i) && (t.inRegion(i, r) || isNationalMeasure(t, i)));
    expect(want.some((i) => isNationalMeasure(t, i))).toBe(true);
    expect([...lane].sort((a, b) => a - b)).toEqual(want);
    for (const i of nationalOther) expect(lane.has(i)).toBe(false);
    // As many national measures as the totals panel adds ("+ N medidas nacionales…").
    expect([...lane].filter((i) => isNationalMeasure(t, i))).toHaveLength(app.nationalInView.length);

    app.setRegion(null);
    flushSync();
    expect(laneOf(container).size).toBe(t.ids.filter((_, i) => !t.hasPoint(i)).length);
  });
});
