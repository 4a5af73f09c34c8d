import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import EventList from './EventList.svelte';
import { fixtureState, renderWithState } from '../../../tests/component/harness';
import { AppState } from '../../lib/state/app-state.svelte';
import { inMemoryDataset } from '../../lib/data/in-memory';
import type { EventCollection, EventFeature } from '../../lib/data/schema';
import { parseDay } from '../../lib/time/days';
import fixture from '../../../tests/fixtures/events.small.json';

const rows = () => screen.getByTestId('event-list').querySelectorAll('tbody tr');

describe('EventList', () => {
  it('one row per event shown, the same count as the header, following range and categories', () => {
    const app = fixtureState();
    renderWithState(EventList, app);
    expect(rows()).toHaveLength(app.totals.events);
    app.setRange({ from: parseDay('2023-01-15')!, to: parseDay('2023-01-22')! });
    app.setCategories(['march', 'repression']);
    flushSync();
    expect(rows()).toHaveLength(app.totals.events);
    expect(app.visible).toHaveLength(app.totals.events);
    expect(screen.getByTestId('event-list').querySelector('caption')).toHaveTextContent(`(${app.totals.events})`);
  });

  it('sorts by a column from its header button, with aria-sort', async () => {
    const app = fixtureState();
    renderWithState(EventList, app);
    const header = screen.getByRole('columnheader', { name: /Víctimas/ });
    expect(header).not.toHaveAttribute('aria-sort');
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    const deaths = [...rows()].map((r) => app.table!.deathsOf(Number(r.getAttribute('data-index'))));
    expect(deaths).toEqual([...deaths].sort((a, b) => b - a));
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
  });

  it('a row opens its event; the open and the hovered event are marked in the list', async () => {
    const app = fixtureState();
    renderWithState(EventList, app);
    const first = rows()[0]!;
    const index = Number(first.getAttribute('data-index'));
    await userEvent.click(within(first as HTMLElement).getByRole('button'));
    expect(app.selectedIndex).toBe(index);
    expect(first).toHaveClass('selected');
    expect(within(first as HTMLElement).getByRole('button')).toHaveAttribute('aria-current', 'true');
    app.hover(Number(rows()[1]!.getAttribute('data-index')));
    flushSync();
    expect(rows()[1]).toHaveClass('hovered');
  });

  it('20,000 events in range: a page of rows (100 here, 1,000 in the app), the exact count, pages to move through', async () => {
    const base = fixture as unknown as EventCollection;
    const features: EventFeature[] = [];
    for (let k = 0; features.length < 20_000; k++)
      for (const f of base.features)
        features.push({ ...f, properties: { ...f.properties, id: `${f.properties.id}-${k}` } });
    const app = new AppState();
    app.setData(inMemoryDataset({ ...base, features: features.slice(0, 20_000) }, () => app.detailsChanged()));
    renderWithState(EventList, app, { pageSize: 100 });
    expect(app.totals.events).toBe(20_000);
    expect(rows()).toHaveLength(100);
    expect(screen.getByTestId('list-rows')).toHaveTextContent('Eventos 1–100 de 20,000');
    await userEvent.click(screen.getByRole('button', { name: 'Página siguiente' }));
    expect(screen.getByTestId('list-rows')).toHaveTextContent('Eventos 101–200 de 20,000');
    expect(rows()).toHaveLength(100);
  }, 30_000);
});
