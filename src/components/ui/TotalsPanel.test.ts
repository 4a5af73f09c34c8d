import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import TotalsPanel from './TotalsPanel.svelte';
import RegionControls from './RegionControls.svelte';
import { renderWithState } from '../../../tests/component/harness';

const value = (el: Element) => Number(el.getAttribute('data-value'));

describe('TotalsPanel', () => {
  it('shows events by category and deaths by kind that add up to the totals, and opens the events behind a figure', async () => {
    const user = userEvent.setup();
    const { app, container } = renderWithState(TotalsPanel);
    const cats = [...container.querySelectorAll('[data-testid="totals-category"]')];
    expect(cats.reduce((s, el) => s + value(el), 0)).toBe(app.totals.events);
    const kinds = [...container.querySelectorAll('[data-testid="totals-kind"]')];
    expect(kinds.reduce((s, el) => s + value(el), 0)).toBe(app.totals.deaths);
    expect(screen.getByTestId('totals-events').textContent).toContain(String(app.totals.events));

    await user.click(within(screen.getByTestId('totals-panel')).getByRole('button', { name: /Marcha/ }));
    expect(app.placeList?.length).toBe(app.countsByCategory.march);
    expect(app.placeListTitle).toMatch(/Marcha/);
  });

  it('lays the deaths out as a table: kinds by rows, the Defensoría’s split by columns, column totals in the foot', async () => {
    const user = userEvent.setup();
    const { app } = renderWithState(TotalsPanel);
    const split = app.selectionTotals!.deathsTotal;
    const table = screen.getByRole('table');
    const heads = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent!.trim());
    expect(heads.slice(1, 3)).toEqual(['Total', 'Defensoría']);
    const rows = within(table).getAllByRole('row');
    // Header, one row per kind with deaths, the totals.
    const foot = rows[rows.length - 1]!;
    expect(within(foot).getByRole('rowheader').textContent).toBe('Total');
    expect(foot.textContent).toContain(String(split.total));
    await user.click(within(foot).getByRole('button', { name: /en la cifra de la Defensoría/ }));
    expect(app.placeListTitle).toMatch(/en la cifra de la Defensoría/);
    // The sentence above keeps its words apart: "… en su recuento + 8 que …", never "recuento+ 8".
    const sentence = screen.getByTestId('totals-defensoria').textContent!.replace(/\s+/g, ' ');
    if (split.total > split.yes) expect(sentence).toMatch(/recuento \+ \d/);
  });

  it('names the national measures in force in a region in the singular or the plural, as their number asks', () => {
    const { app } = renderWithState(TotalsPanel);
    app.setRegion('PE-PUN');
    flushSync();
    const line = screen.getByTestId('totals-national').textContent!.replace(/\s+/g, ' ').trim();
    const n = app.selectionTotals!.national;
    expect(n).toBeGreaterThan(0);
    expect(line).toMatch(
      n === 1 ? /^\+ 1 medida nacional que también rige aquí/ : /^\+ \d+ medidas nacionales que también rigen/,
    );
  });

  it('leaves a category switched off out, so the panel still adds up to the header', () => {
    const { app, container } = renderWithState(TotalsPanel);
    app.toggleCategory('march');
    flushSync();
    const cats = [...container.querySelectorAll('[data-testid="totals-category"]')];
    expect(cats.map((el) => el.getAttribute('data-category'))).not.toContain('march');
    expect(cats.reduce((s, el) => s + value(el), 0)).toBe(app.totals.events);
  });
});

describe('RegionControls', () => {
  it('focuses a region from the list by keyboard, and the button goes back to the whole country', async () => {
    const user = userEvent.setup();
    const { app } = renderWithState(RegionControls);
    const select = screen.getByLabelText('Región');
    await user.selectOptions(select, 'PE-PUN');
    expect(app.region).toBe('PE-PUN');
    await user.click(screen.getByRole('button', { name: /Volver a todo el país/ }));
    expect(app.region).toBeNull();
    await user.selectOptions(screen.getByLabelText('Sombrear regiones por'), 'deaths-per-100k');
    expect(app.shade).toBe('deaths-per-100k');
  });
});
