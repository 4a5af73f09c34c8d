import { describe, expect, it } from 'vitest';
import {
  ACTOR_LABEL,
  CATEGORY_LABEL,
  DEATH_KIND_LABEL,
  NOUNS,
  PRECISION_LABEL,
  UI_CATALOGUE,
  UI_KEYS,
  VERIFICATION_LABEL,
  countOf,
  plural,
  t,
  tf,
} from './strings';
import { LANGS } from '../url/url-state';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the catalogue is complete in both languages', () => {
  it.each(UI_KEYS)('%s has a Spanish and an English text with the same placeholders', (key) => {
    const [es, en] = LANGS.map((l) => UI_CATALOGUE[key]?.[l]);
    for (const text of [es, en]) expect(typeof text === 'string' && text.trim().length > 0).toBe(true);
    expect(t(key, 'es')).toBe(es);
    expect(placeholders(es!)).toEqual(placeholders(en!));
  });

  it.each(Object.entries({ CATEGORY_LABEL, VERIFICATION_LABEL, DEATH_KIND_LABEL, PRECISION_LABEL, ACTOR_LABEL }))(
    '%s labels every value in both languages',
    (_name, table) => {
      for (const [value, labels] of Object.entries(table as Record<string, Record<string, string>>))
        for (const l of LANGS) expect(labels[l]?.trim(), `${value} (${l})`).toBeTruthy();
    },
  );

  it.each(Object.keys(NOUNS))('noun %s has the forms "one" and "other" in both languages', (noun) => {
    for (const l of LANGS) {
      expect(NOUNS[noun]![l].one).toBeTruthy();
      expect(NOUNS[noun]![l].other).toBeTruthy();
    }
  });
});

describe('plurals through Intl.PluralRules', () => {
  it.each([
    [1, 'es', '1 día'],
    [2, 'es', '2 días'],
    [0, 'es', '0 días'],
    [1, 'en', '1 day'],
    [7, 'en', '7 days'],
    [1_000_000, 'es', '1,000,000 de eventos'], // es-PE groups with commas,
  ] as const)('%d (%s)', (n, lang, expected) => {
    const noun = expected.endsWith('eventos') ? 'event' : 'day';
    expect(countOf(n, noun, lang).replace(/\u00a0/g, ' ')).toBe(expected);
  });

  it('plural() chooses the form by the rules, not by n === 1', () => {
    expect(plural(1, 'event', 'events', 'es')).toBe('1 evento');
    expect(plural(1.5, 'event', 'events', 'en')).toBe('1.5 events');
  });
});

describe('messages with values', () => {
  it('fills every placeholder and leaves unknown ones visible', () => {
    expect(tf('listRows', 'es', { first: 1, last: 100, total: '1.234' })).toBe('Eventos 1–100 de 1.234');
    expect(tf('listRows', 'en', { first: 1 })).toBe('Events 1–{last} of {total}');
  });
});
