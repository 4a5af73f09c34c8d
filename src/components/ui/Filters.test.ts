import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Filters from './Filters.svelte';
import Counts from './Counts.svelte';
import { renderWithState, fixtureState } from '../../../tests/component/harness';
import { parseDay } from '../../lib/time/days';

describe('Filters', () => {
  it('shows each category with its count in the current range, and toggles it', async () => {
    const { app } = renderWithState(Filters);
    const march = screen.getByRole('button', { name: /Marcha/ });
    expect(march).toHaveAttribute('aria-pressed', 'true');
    expect(march).toHaveTextContent(String(app.countsByCategory.march));
    await userEvent.click(march);
    expect(march).toHaveAttribute('aria-pressed', 'false');
    expect(app.categories).not.toContain('march');
    expect(app.visible.some((i) => app.table!.categoryOf(i) === 'march')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Todas' }));
    expect(app.categories).toHaveLength(7);
  });
});

describe('Counts', () => {
  it('always shows the number of events shown and their deaths, updating with the range', async () => {
    const app = fixtureState();
    renderWithState(Counts, app);
    expect(screen.getByTestId('visible-count')).toHaveTextContent(String(app.table!.count));
    app.setRange({ from: parseDay('2023-01-15')!, to: parseDay('2023-01-22')! });
    await Promise.resolve();
    expect(screen.getByTestId('visible-count')).toHaveTextContent('2');
    expect(screen.getByTestId('visible-deaths')).toHaveTextContent('0');
  });
});
