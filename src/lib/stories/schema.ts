/**
 * Guided stories (issue 6): the format of data/stories/<id>.json, one schema for the build (which validates and
 * compiles them into public/data/stories/) and the browser (which validates what it downloads). A story is an
 * ordered list of steps; each step is a view of the atlas — a day range, a map view, optional category and region
 * filters — with a title and a short text in Spanish and English and the events the text is about. Every factual
 * sentence of a step must be traceable to its highlighted events (data/README.md, "Stories").
 */
import * as v from 'valibot';
import { CATEGORIES, REGIONS } from '../data/schema';
import { parseDay } from '../time/days';
import { VIEW_LIMITS } from '../url/url-state';

export const STORY_ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_STEPS = 99;
export const MAX_TITLE = 100;
export const MAX_TEXT = 700;

const noMarkup = v.check((s: string) => !/[<>]/.test(s), 'plain text only: no "<" or ">" (no HTML)');
const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'is empty'), v.maxLength(max), noMarkup);
const bilingual = (max: number) => v.object({ es: text(max), en: text(max) });
const isoDay = v.pipe(
  v.string(),
  v.check((s) => parseDay(s) !== null, 'is not a real date written YYYY-MM-DD'),
);
const L = VIEW_LIMITS;

export const StepSchema = v.object({
  title: bilingual(MAX_TITLE),
  text: bilingual(MAX_TEXT),
  from: isoDay,
  to: isoDay,
  map: v.object({
    zoom: v.pipe(v.number(), v.minValue(L.minZoom), v.maxValue(L.maxZoom)),
    lat: v.pipe(v.number(), v.minValue(L.south), v.maxValue(L.north)),
    lng: v.pipe(v.number(), v.minValue(L.west), v.maxValue(L.east)),
  }),
  /** Ids of the events the step's text is about; drawn highlighted and listed under the text. */
  events: v.pipe(v.array(v.pipe(v.string(), v.regex(STORY_ID_RE))), v.minLength(1, 'name at least one event')),
  categories: v.optional(v.pipe(v.array(v.picklist(CATEGORIES)), v.minLength(1))),
  region: v.optional(v.picklist(Object.keys(REGIONS))),
});

export const StorySchema = v.object({
  id: v.pipe(v.string(), v.regex(STORY_ID_RE, 'lowercase ASCII words joined by "-"')),
  title: bilingual(MAX_TITLE),
  summary: bilingual(MAX_TEXT),
  steps: v.pipe(v.array(StepSchema), v.minLength(2, 'a story has at least two steps'), v.maxLength(MAX_STEPS)),
});

export type StoryStep = v.InferOutput<typeof StepSchema>;
export type Story = v.InferOutput<typeof StorySchema>;

/** What the stories menu lists (public/data/stories/index.json). */
export interface StoryListing {
  id: string;
  title: Story['title'];
  summary: Story['summary'];
  steps: number;
  from: string;
  to: string;
}
export const StoryIndexSchema = v.object({
  stories: v.array(
    v.object({
      id: v.pipe(v.string(), v.regex(STORY_ID_RE)),
      title: bilingual(MAX_TITLE),
      summary: bilingual(MAX_TEXT),
      steps: v.number(),
      from: isoDay,
      to: isoDay,
    }),
  ),
});

export interface StoryProblem {
  /** Where, as a path into the file: "steps[2].events[0]". */
  path: string;
  message: string;
}

/** Validate a story file. Problems carry a path into the file, for build errors a person can act on. */
export function parseStory(json: unknown): { story: Story | null; problems: StoryProblem[] } {
  const r = v.safeParse(StorySchema, json);
  if (r.success) return { story: r.output, problems: [] };
  return {
    story: null,
    problems: r.issues.map((i) => ({
      path: (i.path ?? [])
        .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
        .join('')
        .replace(/^\./, ''),
      message: i.message,
    })),
  };
}
