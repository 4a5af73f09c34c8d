import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import DetailPanel from './DetailPanel.svelte';
import PlaceList from './PlaceList.svelte';
import { parseCollection } from '../../lib/data/load';
import fixture from '../../../tests/fixtures/events.small.json';
import {
  HOSTILE_SOURCES,
  LONG_WORD,
  MARKUP,
  PWN_FLAG,
  PWN_MARK,
  RTL,
  hostileProperties,
} from '../../../tests/fixtures/hostile';

const { events } = parseCollection(fixture);
const withVictims = events.find((e) => e.victims.some((v) => v.age === null || v.age >= 18))!;
const hostile = { ...withVictims, ...hostileProperties(withVictims) };

/** No element or attribute a payload would create, and nothing ran. */
function expectInert(root: HTMLElement) {
  expect(root.querySelectorAll(`img, script, iframe, object, embed, [${PWN_MARK}]`)).toHaveLength(0);
  for (const el of root.querySelectorAll('*'))
    for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), `${el.tagName} ${attr}`).toBe(false);
  expect((globalThis as Record<string, unknown>)[PWN_FLAG]).toBeUndefined();
}

describe('hostile content is inert', () => {
  it('DetailPanel renders markup as text, links only http(s) sources, and survives a duplicated source URL', () => {
    render(DetailPanel, { props: { event: hostile, lang: 'en', onclose: () => {} } });
    const panel = screen.getByTestId('detail-panel');
    expectInert(panel);
    // The markup is there, as text.
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe(hostile.title_en);
    expect(panel.textContent).toContain(MARKUP);
    expect(panel.textContent).toContain(LONG_WORD);

    // Every source is listed (two share a URL), and only the http(s) ones are links.
    const items = within(panel.querySelector('ol.sources') as HTMLElement).getAllByRole('listitem');
    expect(items).toHaveLength(HOSTILE_SOURCES.length);
    const links = within(panel).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/same',
      'https://example.org/same',
      HOSTILE_SOURCES[6]!.url,
      'http://example.org/plain',
    ]);
    for (const a of links) {
      expect(a).toHaveAttribute('target', '_blank');
      expect(a).toHaveAttribute('rel', 'noopener noreferrer');
      expect(a.textContent!.trim()).not.toBe('');
    }
    // The refused sources still show their titles, without a link.
    expect(items[0]!.querySelector('a')).toBeNull();
    expect(items[0]!.textContent).toContain(MARKUP);
    expect(items[1]!.querySelector('a')).toBeNull();
    expect(items[3]!.querySelector('a')).toBeNull();
  });

  it('DetailPanel isolates right-to-left text so it cannot reorder the labels around it', () => {
    render(DetailPanel, { props: { event: hostile, lang: 'es', onclose: () => {} } });
    const panel = screen.getByTestId('detail-panel');
    const place = [...panel.querySelectorAll('bdi')].find((b) => b.textContent?.startsWith(RTL));
    expect(place).toBeDefined();
    expect(panel.querySelector('h2')).toHaveAttribute('dir', 'auto');
    expect(panel.querySelector('.description')).toHaveAttribute('dir', 'auto');
    // Adult victims' names (here: markup) are text inside an isolate.
    const victims = panel.querySelector('ul.victims') as HTMLElement;
    expect(victims.textContent).toContain(MARKUP);
    expectInert(panel);
  });

  it('PlaceList renders hostile titles as text and survives duplicated event ids', () => {
    const twin = { ...hostile, index: hostile.index + 1000 };
    render(PlaceList, {
      props: { events: [hostile, twin], lang: 'en', onselect: () => {}, onhover: () => {}, onclose: () => {} },
    });
    const list = screen.getByTestId('place-list');
    expect(within(list).getAllByRole('button', { name: new RegExp(LONG_WORD.slice(0, 20)) })).toHaveLength(2);
    expect(list.textContent).toContain(MARKUP);
    expectInert(list);
  });
});
