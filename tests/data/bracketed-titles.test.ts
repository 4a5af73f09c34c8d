/**
 * A source's title is the headline as published; a [bracketed description] is allowed only when the stored copy
 * showed no headline, and then the row must be listed, with its reason, in data/README.md ("Sources without a
 * visible headline"). This keeps the list true as rows are added or fixed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/data/csv';

const table = parseCsv(readFileSync('data/sources.csv', 'utf8'));
const col = (name: string) => table.header.indexOf(name);
const readme = readFileSync('data/README.md', 'utf8');
const section = readme.slice(
  readme.indexOf('### Sources without a visible headline'),
  readme.indexOf('### Main sources'),
);

/** A title written by the editors: wholly in square brackets (a trailing "[copia leída en …]" note aside). */
export function isBracketed(title: string): boolean {
  const t = title.replace(/\s*\[copia leída en [^\]]*\]$/, '');
  return (t.startsWith('[') && t.endsWith(']')) || /titular no vis/i.test(t);
}

describe('bracketed source titles', () => {
  it('recognises an editor-written title, but not a headline that starts with a bracketed tag', () => {
    expect(isBracketed('[Convoca: actualizaciones sobre fallecidos]')).toBe(true);
    expect(isBracketed('Titular no visible en la copia leída')).toBe(true);
    expect(isBracketed('[GALERÍA] Masacre e impunidad en Juliaca: hoy se cumplen cuatro meses')).toBe(false);
    expect(isBracketed('Headline [copia leída en dev.example.pe, servidor de pruebas]')).toBe(false);
  });

  it('every bracketed title is listed, with its publisher and event, in data/README.md', () => {
    expect(section.length).toBeGreaterThan(100);
    const lines = section.split('\n');
    const missing = table.records
      .map((r) => ({
        id: r.cells[col('event_id')]!,
        publisher: r.cells[col('publisher')]!,
        title: r.cells[col('title')]!,
      }))
      .filter((r) => isBracketed(r.title))
      .filter((r) => !lines.some((l) => l.includes(`${r.publisher}:`) && l.includes(`\`${r.id}\``)))
      .map((r) => `${r.id} (${r.publisher})`);
    expect(
      missing,
      'add these rows to "Sources without a visible headline" in data/README.md, or use the real headline',
    ).toEqual([]);
  });
});
