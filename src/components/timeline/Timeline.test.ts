import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import Timeline from './Timeline.svelte';
import PlayControls from './PlayControls.svelte';
import { fixtureState, renderWithState } from '../../../tests/component/harness';
import { parseDay, PERIOD_START } from '../../lib/time/days';
import { PLAY_INTERVAL_MS } from '../../lib/state/app-state.svelte';

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
  it('draws one histogram cell per located event and one lane bar per national/regional measure', () => {
    const app = fixtureState();
    const { container } = renderWithState(Timeline, app);
    expect(screen.getByTestId('timeline')).toBeInTheDocument();
    const located = app.events.filter((e) => e.lngLat).length;
    const measures = app.events.filter((e) => !e.lngLat).length;
    expect(container.querySelectorAll('.cells rect')).toHaveLength(located);
    expect(container.querySelectorAll('rect.measure')).toHaveLength(measures);
  });

  it('dims events outside the range and highlights the hovered one', () => {
    const app = fixtureState();
    const { container } = renderWithState(Timeline, app);
    app.setRange({ from: parseDay('2023-01-15')!, to: parseDay('2023-01-22')! });
    flushSync();
    const cells = [...container.querySelectorAll('.cells rect')];
    expect(cells.filter((c) => !c.classList.contains('out'))).toHaveLength(2);
    app.hover(app.events.findIndex((e) => e.id === '2023-01-19-toma-de-lima-march'));
    flushSync();
    expect(container.querySelectorAll('.cells rect.focus')).toHaveLength(1);
  });

  it('clicking a national measure in the lane selects it and brings it into the range', async () => {
    const app = fixtureState();
    const { container } = renderWithState(Timeline, app);
    app.setRange({ from: parseDay('2023-03-01')!, to: parseDay('2023-03-07')! });
    flushSync();
    const target = app.events.find((e) => e.id === '2022-12-15-national-state-of-emergency')!;
    const bar = container.querySelector(`rect.measure[data-index="${target.index}"]`)!;
    await userEvent.click(bar);
    expect(app.selectedId).toBe(target.id);
    expect(app.inRange).toContain(target);
  });
});

describe('Timeline keyboard', () => {
  it('arrow keys move the window, Shift+arrow changes its end, Escape shows the whole period', async () => {
    const app = fixtureState();
    renderWithState(Timeline, app);
    app.setRange({ from: parseDay('2023-01-15')!, to: parseDay('2023-01-21')! });
    const chart = screen.getByRole('application');
    chart.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(app.range).toEqual({ from: parseDay('2023-01-16')!, to: parseDay('2023-01-22')! });
    await userEvent.keyboard('{PageUp}');
    expect(app.range).toEqual({ from: parseDay('2023-01-09')!, to: parseDay('2023-01-15')! });
    await userEvent.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(app.range).toEqual({ from: parseDay('2023-01-09')!, to: parseDay('2023-01-16')! });
    await userEvent.keyboard('{Escape}');
    expect(app.isWholePeriod).toBe(true);
  });
});
