import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import DetailPanel from './DetailPanel.svelte';
import { parseCollection } from '../../lib/data/load';
import fixture from '../../../tests/fixtures/events.small.json';

const { events } = parseCollection(fixture);
const byId = (id: string) => events.find((e) => e.id === id)!;

describe('DetailPanel', () => {
  it('shows date, place, category, casualties, description and every source as a safe new-tab link', () => {
    const ev = byId('2023-01-09-juliaca-airport-massacre');
    render(DetailPanel, { props: { event: ev, lang: 'en', onclose: () => {} } });
    const panel = screen.getByTestId('detail-panel');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(ev.title_en);
    expect(panel).toHaveTextContent('9 Jan 2023');
    expect(panel).toHaveTextContent(ev.place);
    expect(panel).toHaveTextContent('Repression / clash');
    expect(panel).toHaveTextContent(`${ev.deaths} dead`);
    expect(panel).toHaveTextContent(ev.description_en);
    const links = within(panel).getAllByRole('link');
    expect(links).toHaveLength(ev.sources.length);
    for (const a of links) {
      expect(a).toHaveAttribute('target', '_blank');
      expect(a.getAttribute('rel')).toContain('noopener');
      expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
    }
  });

  it('folded (the embed on a phone): the people who died and the sources open from headings that give their counts', async () => {
    const ev = byId('2023-01-09-juliaca-airport-massacre');
    render(DetailPanel, { props: { event: ev, lang: 'en', onclose: () => {}, fold: true } });
    const panel = screen.getByTestId('detail-panel');
    expect(panel).toHaveTextContent(ev.description_en);
    const sources = within(panel).getByText(`Sources (${ev.sources.length})`);
    const victims = within(panel).getByText(`People who died (${ev.victims.length})`);
    // Closed at first: the lists are in the page but not shown (a closed <details> hides its content).
    expect(sources.closest('details')).not.toHaveAttribute('open');
    expect(victims.closest('details')).not.toHaveAttribute('open');
    await userEvent.click(sources);
    expect(sources.closest('details')).toHaveAttribute('open');
    expect(within(sources.closest('details')!).getAllByRole('link')).toHaveLength(ev.sources.length);
  });

  it('says when the sources give no figure instead of showing zero', () => {
    const ev = byId('2023-01-19-toma-de-lima-march');
    render(DetailPanel, { props: { event: ev, lang: 'es', onclose: () => {} } });
    const panel = screen.getByTestId('detail-panel');
    if (ev.deaths === null) expect(panel).toHaveTextContent('sin cifra en las fuentes');
    expect(panel).toHaveTextContent(ev.title_es);
  });

  it('lists the people who died, never naming a minor', () => {
    const ev = events.find((e) => e.victims.some((v) => v.age !== null && v.age < 18))!;
    render(DetailPanel, { props: { event: ev, lang: 'es', onclose: () => {} } });
    const list = screen.getByRole('heading', { name: 'Personas fallecidas' }).nextElementSibling as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(ev.victims.length);
    expect(list).toHaveTextContent('menor de edad (nombre omitido)');
    for (const v of ev.victims) if (v.name) expect(list).toHaveTextContent(v.name);
  });

  it('shows the uncertainty note of a disputed event', () => {
    const ev = events.find((e) => e.verification === 'disputed')!;
    render(DetailPanel, { props: { event: ev, lang: 'en', onclose: () => {} } });
    expect(screen.getByTestId('detail-panel')).toHaveTextContent(ev.uncertainty_en!);
    expect(screen.getByText('Disputed')).toBeInTheDocument();
  });

  it('closes with its button and with Escape', async () => {
    const onclose = vi.fn();
    render(DetailPanel, { props: { event: events[0]!, lang: 'en', onclose } });
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    await userEvent.keyboard('{Escape}');
    expect(onclose).toHaveBeenCalledTimes(2);
  });
});
