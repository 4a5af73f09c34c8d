import { describe, expect, it } from 'vitest';
import { parseStory, type Story } from './schema';
import { checkStory, type StoryEventFacts } from './check';
import { showsStep, stepView } from './step';
import { CATEGORIES } from '../data/schema';
import { parseDay, PERIOD_END, PERIOD_START } from '../time/days';

const d = (s: string) => parseDay(s)!;
const bounds = { from: PERIOD_START, to: PERIOD_END };

const story = (): Story => ({
  id: 'a-story',
  title: { es: 'Título', en: 'Title' },
  summary: { es: 'Resumen', en: 'Summary' },
  steps: [
    {
      title: { es: 'Uno', en: 'One' },
      text: { es: 'Un texto.', en: 'A text.' },
      from: '2023-01-09',
      to: '2023-01-10',
      map: { zoom: 11, lat: -15.48, lng: -70.14 },
      events: ['juliaca'],
      region: 'PE-PUN',
    },
    {
      title: { es: 'Dos', en: 'Two' },
      text: { es: 'Otro texto.', en: 'Another text.' },
      from: '2023-01-19',
      to: '2023-01-19',
      map: { zoom: 11, lat: -12.05, lng: -77.03 },
      events: ['lima'],
      categories: ['march'],
    },
  ],
});
const events = new Map<string, StoryEventFacts>([
  ['juliaca', { start: d('2023-01-09'), end: d('2023-01-09'), category: 'repression', regions: ['PE-PUN'] }],
  ['lima', { start: d('2023-01-19'), end: d('2023-01-19'), category: 'march', regions: ['PE-LMA'] }],
]);

describe('story schema', () => {
  it('accepts a well-formed story', () => {
    expect(parseStory(story())).toEqual({ story: story(), problems: [] });
  });

  it.each([
    [
      'a missing English text',
      (s: Story) => delete (s.steps[0]!.text as Partial<Story['title']>).en,
      'steps[0].text.en',
    ],
    ['HTML in a text', (s: Story) => (s.steps[1]!.text.es = 'Un <b>texto</b>'), 'steps[1].text.es'],
    ['an impossible date', (s: Story) => (s.steps[0]!.from = '2023-02-30'), 'steps[0].from'],
    ['a map view outside Peru', (s: Story) => (s.steps[0]!.map.lat = 40), 'steps[0].map.lat'],
    ['no events', (s: Story) => (s.steps[0]!.events = []), 'steps[0].events'],
    ['an unknown category', (s: Story) => (s.steps[1]!.categories = ['riot' as never]), 'steps[1].categories[0]'],
    ['an unknown region', (s: Story) => (s.steps[0]!.region = 'PE-XXX'), 'steps[0].region'],
    ['a single step', (s: Story) => s.steps.pop(), 'steps'],
  ])('rejects %s, naming where', (_n, edit, path) => {
    const s = story();
    edit(s);
    const { story: parsed, problems } = parseStory(s);
    expect(parsed).toBeNull();
    expect(problems.map((p) => p.path)).toContain(path);
  });
});

describe('checkStory', () => {
  it('passes a story whose events exist and are shown by their steps', () => {
    expect(checkStory(story(), 'a-story.json', events, bounds)).toEqual([]);
  });

  it.each([
    ['an id the dataset does not have', (s: Story) => (s.steps[0]!.events = ['nope']), /no event "nope"/],
    [
      'an event outside the days',
      (s: Story) => (s.steps[0]!.from = s.steps[0]!.to = '2023-01-10'),
      /outside the step's days/,
    ],
    [
      'an event hidden by the categories',
      (s: Story) => (s.steps[0]!.categories = ['march']),
      /hidden by the step's categories/,
    ],
    ['an event outside the region', (s: Story) => (s.steps[1]!.region = 'PE-PUN'), /not in PE-PUN/],
    ['reversed dates', (s: Story) => (s.steps[1]!.from = '2023-01-20'), /before from/],
    ['initials in a text', (s: Story) => (s.steps[1]!.text.en = 'J.C.M. was there.'), /initials/],
    ['a file named otherwise', () => {}, /match the file name/],
  ])('reports %s', (name, edit, message) => {
    const s = story();
    edit(s);
    const problems = checkStory(s, name === 'a file named otherwise' ? 'other.json' : 'a-story.json', events, bounds);
    expect(problems.some((p) => message.test(p.message))).toBe(true);
  });
});

describe('steps', () => {
  it('a step puts the atlas in its view; absent filters mean everything', () => {
    const [one, two] = story().steps;
    expect(stepView(one!)).toEqual({
      range: { from: d('2023-01-09'), to: d('2023-01-10') },
      categories: CATEGORIES,
      region: 'PE-PUN',
      view: { zoom: 11, lat: -15.48, lng: -70.14 },
    });
    expect(stepView(two!).categories).toEqual(['march']);
  });

  it('the atlas shows a step until the range, filters or map view move away from it', () => {
    const v = stepView(story().steps[0]!);
    const same = { range: v.range, categories: v.categories, region: v.region, view: v.view };
    expect(showsStep(same, v)).toBe(true);
    expect(showsStep({ ...same, view: { ...v.view, zoom: 10 } }, v)).toBe(false);
    expect(showsStep({ ...same, region: null }, v)).toBe(false);
    expect(showsStep({ ...same, range: { from: v.range.from, to: v.range.to + 1 } }, v)).toBe(false);
    expect(showsStep({ ...same, categories: ['march'] }, v)).toBe(false);
    expect(showsStep({ ...same, view: null }, v)).toBe(false);
  });
});
