import { describe, expect, it } from 'vitest';
import { viewAnnouncement } from './announce';
import { parseDay } from '../time/days';

const range = { from: parseDay('2023-01-15')!, to: parseDay('2023-01-22')! };

describe('viewAnnouncement', () => {
  it('says the range and its counts, with plural forms', () => {
    expect(viewAnnouncement({ status: 'ready', range, events: 1, deaths: 0, lang: 'en' })).toBe(
      '15 Jan 2023 – 22 Jan 2023: 1 event, 0 deaths.',
    );
    expect(viewAnnouncement({ status: 'ready', range, events: 12, deaths: 1, lang: 'es' })).toMatch(
      /^15 ene\.? 2023 – 22 ene\.? 2023: 12 eventos, 1 muerte\.$/,
    );
  });

  it('names a focused region first (issue 8)', () => {
    expect(viewAnnouncement({ status: 'ready', range, events: 3, deaths: 2, lang: 'en', region: 'Puno' })).toBe(
      'Puno, 15 Jan 2023 – 22 Jan 2023: 3 events, 2 deaths.',
    );
    expect(viewAnnouncement({ status: 'ready', range, events: 3, deaths: 2, lang: 'en', region: null })).toBe(
      '15 Jan 2023 – 22 Jan 2023: 3 events, 2 deaths.',
    );
  });

  it('while loading says so, never "0 events"', () => {
    const s = viewAnnouncement({ status: 'loading', range, events: 0, deaths: 0, lang: 'en' });
    expect(s).toBe('Loading events…');
    expect(s).not.toMatch(/\b0\b/);
  });

  it('says nothing on a load error (the error is an alert of its own)', () => {
    expect(viewAnnouncement({ status: 'error', range, events: 0, deaths: 0, lang: 'es' })).toBe('');
  });
});
