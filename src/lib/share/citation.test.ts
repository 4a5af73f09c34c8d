import { describe, expect, it } from 'vitest';
import { citeApa, citeChicago, citeMla, toHtml, toPlainText, type CitationInput } from './citation';
import { describeView } from './view';
import { parseDay } from '../time/days';
import { CATEGORIES } from '../data/schema';

const d = (s: string) => parseDay(s)!;
const URL_ = 'https://example.org/atlas/?from=2023-01-15&to=2023-01-22&v=1.1.0';
const base: CitationInput = {
  lang: 'en',
  title: 'Peru Protest Atlas: events of the protest wave after 7 December 2022',
  author: 'Peru Protest Atlas',
  version: '1.1.0',
  released: '2026-11-29',
  view: 'interactive map and timeline, view of 15–22 January 2023',
  url: URL_,
  // 04:30 UTC on 1 Dec is still 30 Nov in Lima: the access date is the reader's day.
  accessed: new Date('2026-12-01T04:30:00Z'),
  timeZone: 'America/Lima',
};

describe('citations', () => {
  it('APA: author, year, italic title, version, data set with the view, retrieval date and link', () => {
    const s = citeApa(base);
    expect(toPlainText(s)).toBe(
      `Peru Protest Atlas. (2026). Peru Protest Atlas: events of the protest wave after 7 December 2022 (Version 1.1.0) [Data set; interactive map and timeline, view of 15–22 January 2023]. Retrieved November 30, 2026, from ${URL_}`,
    );
    expect(s.filter((x) => x.italic).map((x) => x.text)).toEqual([base.title]);
  });

  it('MLA: the view as description, the container in italics, abbreviated months', () => {
    expect(toPlainText(citeMla({ ...base, accessed: new Date('2026-09-04T15:00:00Z') }))).toBe(
      `Interactive map and timeline, view of 15–22 January 2023. Peru Protest Atlas: events of the protest wave after 7 December 2022, version 1.1.0, Peru Protest Atlas, 29 Nov. 2026, ${URL_}. Accessed 4 Sept. 2026.`,
    );
  });

  it('Chicago: bibliography entry with version, data set, publisher and year, access date and link', () => {
    expect(toPlainText(citeChicago(base))).toBe(
      `Peru Protest Atlas. Peru Protest Atlas: events of the protest wave after 7 December 2022. Version 1.1.0. Data set; interactive map and timeline, view of 15–22 January 2023. Peru Protest Atlas, 2026. Accessed November 30, 2026. ${URL_}.`,
    );
  });

  it('in Spanish, with Spanish dates and words', () => {
    const es = { ...base, lang: 'es' as const, view: 'vista de prueba' };
    expect(toPlainText(citeApa(es))).toContain(
      '(Versión 1.1.0) [Conjunto de datos; vista de prueba]. Recuperado el 30 de noviembre de 2026, de https://',
    );
    expect(toPlainText(citeMla(es))).toContain('versión 1.1.0, Peru Protest Atlas, 29 de noviembre de 2026,');
    expect(toPlainText(citeMla(es))).toMatch(/Consultado el 30 de noviembre de 2026\.$/);
    expect(toPlainText(citeChicago(es))).toContain('Consultado el 30 de noviembre de 2026.');
  });

  it('says "n.d." / "s. f." when the release date is unknown', () => {
    expect(toPlainText(citeApa({ ...base, released: null }))).toContain('(n.d.)');
    expect(toPlainText(citeChicago({ ...base, lang: 'es', released: null }))).toContain('Peru Protest Atlas, s. f.');
  });

  it('escapes text for the HTML clipboard and keeps the italics', () => {
    const html = toHtml(citeApa({ ...base, url: 'https://x.org/?a=1&b=<2>' }));
    expect(html).toContain('<i>Peru Protest Atlas: events');
    expect(html).toContain('?a=1&amp;b=&lt;2&gt;');
    expect(html).not.toContain('<2>');
  });

  it('does not change its input', () => {
    const copy = structuredClone(base);
    citeApa(base);
    citeMla(base);
    citeChicago(base);
    expect(base).toEqual(copy);
  });
});

describe('describeView', () => {
  const all = { range: { from: d('2023-01-15'), to: d('2023-01-22') }, categories: CATEGORIES, region: null };
  it('gives the days, then the categories shown when not all, the region and the open event', () => {
    expect(describeView(all, 'es')).toBe(
      'mapa y línea de tiempo interactivos, vista del periodo 15–22 de enero de 2023',
    );
    expect(
      describeView({ ...all, categories: ['march', 'strike'], region: 'PE-PUN', event: 'Una marcha' }, 'en').replace(
        /\s/g,
        ' ',
      ),
    ).toBe(
      'interactive map and timeline, view of 15 – 22 January 2023; marches and strikes; Puno; event: “Una marcha”',
    );
  });
  it('names a single day once, and a range across years in full', () => {
    expect(describeView({ ...all, range: { from: d('2023-01-09'), to: d('2023-01-09') } }, 'en')).toMatch(
      /view of 9 January 2023$/,
    );
    expect(
      describeView({ ...all, range: { from: d('2022-12-07'), to: d('2023-03-31') } }, 'es').replace(/\s/g, ' '),
    ).toMatch(/7 de diciembre de 2022 – 31 de marzo de 2023$/);
  });
});
