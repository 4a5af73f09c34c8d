/**
 * The published shape of one event's properties (the Feature properties of /data/events.geojson and the rows of
 * the on-demand detail chunks), as a valibot schema. The build checks its own output against it and the app checks
 * what it downloads against it, so the app accepts exactly what the build emits: one schema, two sides.
 *
 * Vocabulary lists come from schema.ts, so adding a category or a source type there changes both sides at once.
 */
import * as v from 'valibot';
import {
  ACTORS,
  CATEGORIES,
  DATE_PRECISIONS,
  DEATH_KINDS,
  DEFENSORIA_COUNTS,
  LOCATION_PRECISIONS,
  REGIONS,
  SCOPES,
  SOURCE_TYPES,
  VERIFICATIONS,
  type EventProperties,
} from './schema';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DAY_OR_MONTH = /^\d{4}-\d{2}(?:-\d{2})?$/;

const count = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)));
const text = v.string();
const regionCode = v.picklist(Object.keys(REGIONS) as [string, ...string[]]);

export const SourceSchema = v.object({
  publisher: v.pipe(text, v.nonEmpty()),
  title: v.pipe(text, v.nonEmpty()),
  date: v.pipe(text, v.regex(ISO_DAY_OR_MONTH)),
  url: v.pipe(text, v.url()),
  type: v.picklist(SOURCE_TYPES),
});

export const VictimSchema = v.object({
  kind: v.picklist(DEATH_KINDS),
  name: v.nullable(text),
  age: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(120))),
  date_of_death: v.pipe(text, v.regex(ISO_DAY)),
  cause: text,
  counted_by_defensoria: v.picklist(DEFENSORIA_COUNTS),
});

export const EventPropertiesSchema = v.object({
  id: v.pipe(text, v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  date: v.pipe(text, v.regex(ISO_DAY)),
  end_date: v.nullable(v.pipe(text, v.regex(ISO_DAY))),
  date_precision: v.picklist(DATE_PRECISIONS),
  category: v.picklist(CATEGORIES),
  scope: v.picklist(SCOPES),
  place: text,
  region: v.nullable(regionCode),
  regions: v.array(regionCode),
  location_precision: v.picklist(LOCATION_PRECISIONS),
  deaths: count,
  deaths_civilians: count,
  deaths_security_forces: count,
  deaths_blockade_related: count,
  injured: count,
  detained: count,
  verification: v.picklist(VERIFICATIONS),
  actors: v.array(v.picklist(ACTORS)),
  title_es: v.pipe(text, v.nonEmpty()),
  title_en: v.pipe(text, v.nonEmpty()),
  description_es: text,
  description_en: text,
  uncertainty_es: v.nullable(text),
  uncertainty_en: v.nullable(text),
  victims: v.array(VictimSchema),
  distinct_from: v.array(text),
  sources: v.array(SourceSchema),
  /** The dataset version that last changed this event (absent in files built before 1.1.0). */
  updated: v.optional(v.string()),
});

// Compile-time guarantee that the schema and the TypeScript interface describe the same thing.
type Parsed = v.InferOutput<typeof EventPropertiesSchema>;
const _sameShape: [Parsed] extends [EventProperties] ? ([EventProperties] extends [Parsed] ? true : false) : false =
  true;
void _sameShape;

/** One problem found in a downloaded file: which event (id or position) and which field. */
export interface Rejection {
  /** The event's id when it could be read, else `#<position>`. */
  event: string;
  field: string;
  message: string;
}

/** Turn valibot issues into rejections naming the first offending field. */
export function toRejection(event: string, issues: readonly v.BaseIssue<unknown>[]): Rejection {
  const first = issues[0];
  const path = first?.path?.map((p) => String(p.key)).join('.') || '(event)';
  return { event, field: path, message: first?.message ?? 'invalid' };
}
