/**
 * What a story step does to the atlas: the view it puts it in, and whether the atlas still shows that view (the
 * reader is reading) or the reader has moved away to explore. Kept apart from the schema so the app's first
 * bundle does not carry the validation it only needs when a story is opened.
 */
import { CATEGORIES, type Category } from '../data/schema';
import { parseDay, type Day } from '../time/days';
import type { MapView } from '../url/url-state';
import type { StoryStep } from './schema';

/** The view a step puts the atlas in. Absent filters mean all categories and the whole country. */
export interface StepView {
  range: { from: Day; to: Day };
  categories: readonly Category[];
  region: string | null;
  view: MapView;
}

export function stepView(step: StoryStep): StepView {
  return {
    range: { from: parseDay(step.from)!, to: parseDay(step.to)! },
    categories: step.categories ? CATEGORIES.filter((c) => step.categories!.includes(c)) : CATEGORIES,
    region: step.region ?? null,
    view: { ...step.map },
  };
}

/** Whether the atlas shows exactly a step's view (the reader is reading, not exploring). */
export function showsStep(
  s: { range: { from: Day; to: Day }; categories: readonly Category[]; region: string | null; view: MapView | null },
  step: StepView,
): boolean {
  const v0 = s.view;
  return (
    s.range.from === step.range.from &&
    s.range.to === step.range.to &&
    s.region === step.region &&
    s.categories.length === step.categories.length &&
    s.categories.every((c) => step.categories.includes(c)) &&
    v0 !== null &&
    Math.abs(v0.zoom - step.view.zoom) < 0.01 &&
    Math.abs(v0.lat - step.view.lat) < 1e-4 &&
    Math.abs(v0.lng - step.view.lng) < 1e-4
  );
}
