/**
 * Build-time checks of a story against the dataset it is written on (scripts/build-stories.ts): every highlighted
 * event exists and is shown by its step (inside the step's days, categories and region — a reader must see what
 * the text is about), dates are in order and inside the period, and no text prints a person's initials (the
 * dataset's privacy rule, data/README.md). Pure: the script reads the files.
 */
import { findInitials } from '../data/validate';
import type { Category } from '../data/schema';
import { parseDay, type Day } from '../time/days';
import { overlaps, type DayRange } from '../time/range';
import type { Story, StoryProblem } from './schema';
import { stepView } from './step';

/** What a check needs of an event. */
export interface StoryEventFacts {
  start: Day;
  end: Day;
  category: Category;
  regions: readonly string[];
}

export function checkStory(
  story: Story,
  fileName: string,
  events: ReadonlyMap<string, StoryEventFacts>,
  bounds: DayRange,
): StoryProblem[] {
  const problems: StoryProblem[] = [];
  if (fileName !== `${story.id}.json`)
    problems.push({ path: 'id', message: `"${story.id}" must match the file name: rename the file ${story.id}.json` });
  const texts: [string, string][] = [
    ['title', story.title.es],
    ['title', story.title.en],
    ['summary', story.summary.es],
    ['summary', story.summary.en],
  ];
  story.steps.forEach((step, k) => {
    const at = `steps[${k}]`;
    const from = parseDay(step.from)!;
    const to = parseDay(step.to)!;
    if (from > to) problems.push({ path: `${at}.to`, message: `${step.to} is before from (${step.from})` });
    if (from < bounds.from || to > bounds.to)
      problems.push({ path: `${at}.from`, message: 'the range must lie inside the period of the dataset' });
    const view = stepView(step);
    const seen = new Set<string>();
    step.events.forEach((id, j) => {
      const path = `${at}.events[${j}]`;
      if (seen.has(id)) problems.push({ path, message: `"${id}" is listed twice` });
      seen.add(id);
      const e = events.get(id);
      if (!e) {
        problems.push({ path, message: `no event "${id}" in the dataset: fix the id (data/events.csv, column id)` });
        return;
      }
      if (!overlaps(e.start, e.end, view.range))
        problems.push({ path, message: `"${id}" is outside the step's days ${step.from} – ${step.to}: widen them` });
      if (!view.categories.includes(e.category))
        problems.push({ path, message: `"${id}" is a ${e.category} event, hidden by the step's categories` });
      if (view.region && !e.regions.includes(view.region))
        problems.push({ path, message: `"${id}" is not in ${view.region}, the step's region` });
    });
    for (const lang of ['es', 'en'] as const) {
      texts.push([`${at}.title.${lang}`, step.title[lang]]);
      texts.push([`${at}.text.${lang}`, step.text[lang]]);
    }
  });
  for (const [path, value] of texts) {
    const found = findInitials(value);
    if (found)
      problems.push({
        path,
        message: `"${found}" looks like a person's initials; never print initials (data/README.md, privacy)`,
      });
  }
  return problems;
}
