/**
 * Turns the three human-edited CSV files (events, sources, deaths ledger) into GeoJSON features, or into a list
 * of errors that each name the file, the line, the field and what to do about it. Nothing is dropped silently:
 * one bad row fails the whole build (scripts/build-data.ts prints every error at once).
 *
 * Geography (point inside its region's polygon) is checked separately in src/lib/geo/containment.ts because it
 * needs the boundaries file.
 */
import type { CsvTable } from './csv';
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
  type Actor,
  type Category,
  type DeathKind,
  type EventFeature,
  type EventProperties,
  type Source,
  type Victim,
} from './schema';
import { formatDay, parseDay, PERIOD_END, PERIOD_START } from '../time/days';
import { independentPublisher, sourceUrlProblems } from './source-rules';

export const EVENT_COLUMNS = [
  'id',
  'date',
  'end_date',
  'date_precision',
  'category',
  'scope',
  'place',
  'region',
  'lat',
  'lon',
  'location_precision',
  'deaths_civilians',
  'deaths_security_forces',
  'deaths_blockade_related',
  'injured',
  'detained',
  'verification',
  'actors',
  'title_es',
  'title_en',
  'description_es',
  'description_en',
  'uncertainty_es',
  'uncertainty_en',
  'distinct_from',
] as const;
export const SOURCE_COLUMNS = ['event_id', 'publisher', 'title', 'date', 'url', 'type'] as const;
export const DEATH_COLUMNS = [
  'event_id',
  'kind',
  'name',
  'age',
  'date_of_death',
  'cause',
  'counted_by_defensoria',
  'source_url',
  'note',
] as const;

export interface DataError {
  file: string;
  line: number;
  field: string;
  message: string;
}

export function formatError(e: DataError): string {
  return `${e.file}:${e.line} field "${e.field}": ${e.message}`;
}

export interface DataFiles {
  events: { name: string; table: CsvTable };
  sources: { name: string; table: CsvTable };
  deaths: { name: string; table: CsvTable };
}

export interface CompileResult {
  features: EventFeature[];
  errors: DataError[];
}

type Row<K extends string> = Record<K, string> & { __line: number };

/** Peru's bounding box with a margin; a point outside is certainly a typo (swapped or unsigned lat/lon). */
const PERU_BOUNDS = { west: -81.5, east: -68.5, south: -18.5, north: 0.1 };
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HTML_RE = /<\/?[a-z][^>]*>|&[a-z]+;|&#\d+;/i;
const SOURCE_DATE_RE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const PERIOD_TEXT = `${formatDay(PERIOD_START)} and ${formatDay(PERIOD_END)}`;
/** Source types that make one source enough for `confirmed`: an official, NGO or intergovernmental body. */
const AUTHORITATIVE = new Set(['official', 'ngo', 'intergovernmental']);

/** Supreme decree numbers ("DS 009-2023-PCM") named in a text. */
export function decreesIn(text: string): string[] {
  return [...text.matchAll(/\b(\d{3}-20\d{2}-[A-Z]{2,6})\b/g)].map((m) => m[1]!);
}

function rows<K extends string>(
  file: string,
  table: CsvTable,
  columns: readonly K[],
  errors: DataError[],
): Row<K>[] | null {
  const missing = columns.filter((c) => !table.header.includes(c));
  const extra = table.header.filter((h) => !(columns as readonly string[]).includes(h));
  if (missing.length || extra.length) {
    errors.push({
      file,
      line: 1,
      field: 'header',
      message:
        (missing.length ? `missing column(s) ${missing.join(', ')}. ` : '') +
        (extra.length ? `unknown column(s) ${extra.join(', ')}. ` : '') +
        `The header must list: ${columns.join(',')}`,
    });
    return null;
  }
  const out: Row<K>[] = [];
  for (const rec of table.records) {
    if (rec.cells.length !== table.header.length) {
      errors.push({
        file,
        line: rec.line,
        field: '*',
        message: `has ${rec.cells.length} fields but the header has ${table.header.length}; wrap any field that contains a comma in double quotes`,
      });
      continue;
    }
    const row = { __line: rec.line } as Row<K>;
    table.header.forEach((h, i) => ((row as Record<string, string>)[h] = (rec.cells[i] ?? '').trim()));
    out.push(row);
  }
  return out;
}

/**
 * Initials of a person ("J.C.M.", "J. C. M.", "E. V.", "J. Pérez", "Juan C."): never printed, whoever the person is
 * (data/README.md, "Privacy"). A minor can be identified by initials plus a place; an adult is named in full as the
 * major press named them, or not at all. Legitimate abbreviations pass: company forms (S.A., S.A.C., S.R.L.),
 * U.S., a.m./p.m., EE.UU., n.º, Av., Sr.
 */
const INITIALS_RUN_RE = /(?<![\p{L}\p{N}.])\p{Lu}\.\s?\p{Lu}\.(?:\s?\p{Lu}\.)*/gu;
/** One capital and a dot before a capitalised word ("J. Pérez"), or after one ("Juan C."; not Roman I, V, X). */
const INITIAL_BEFORE_NAME_RE = /(?<![\p{L}\p{N}.])\p{Lu}\.\s?\p{Lu}\p{Ll}+/u;
const INITIAL_AFTER_NAME_RE = /\p{Lu}\p{Ll}+\s(?![IVX]\.)\p{Lu}\.(?![\p{L}\p{N}])/u;
const ABBREVIATIONS = new Set([
  'S.A.',
  'S.A.A.',
  'S.A.C.',
  'S.R.L.',
  'E.I.R.L.',
  'U.S.',
  'U.K.',
  'D.C.',
  'A.M.',
  'P.M.',
]);

/**
 * The first thing in `value` that looks like a person's initials, or null. `headline` relaxes the single-initial
 * rules for headlines as published ("U. San Marcos" is a university); runs of initials are caught everywhere.
 */
export function findInitials(value: string, headline = false): string | null {
  for (const m of value.matchAll(INITIALS_RUN_RE)) {
    if (!ABBREVIATIONS.has(m[0].replace(/\s/g, ''))) return m[0];
  }
  if (headline) return null;
  return INITIAL_BEFORE_NAME_RE.exec(value)?.[0] ?? INITIAL_AFTER_NAME_RE.exec(value)?.[0] ?? null;
}

function noInitials(value: string, err: (msg: string) => void, headline = false): void {
  const found = findInitials(value, headline);
  if (found)
    err(
      `"${found}" looks like a person's initials; never print initials (data/README.md, privacy): name an adult in full as the major press did, or describe the person without identifying them`,
    );
}

function count(value: string, err: (msg: string) => void): number | null {
  if (value === '') return null;
  if (!/^\d+$/.test(value)) {
    err(
      `"${value}" is not a whole number; write digits only (e.g. 12), or leave it empty when no source gives a figure`,
    );
    return null;
  }
  return Number(value);
}

function oneOf<T extends string>(value: string, allowed: readonly T[], err: (msg: string) => void): T {
  if (!(allowed as readonly string[]).includes(value))
    err(`"${value}" is not allowed; use one of: ${allowed.join(', ')}`);
  return value as T;
}

function text(value: string, max: number | null, err: (msg: string) => void): string {
  if (value === '') err('is empty; write it (both languages are required)');
  else if (HTML_RE.test(value)) err('contains HTML markup or entities; write plain text');
  else if (max !== null && value.length > max) err(`is ${value.length} characters long; keep it to ${max}`);
  else noInitials(value, err);
  return value;
}

/** Headlines, places and publishers are one line: a line break in them is an editing slip (descriptions may have several). */
function oneLine(value: string, err: (msg: string) => void): void {
  if (/[\r\n]/.test(value)) err('has a line break; write it on one line');
}

function optionalText(value: string, err: (msg: string) => void): string | null {
  if (value === '') return null;
  if (HTML_RE.test(value)) err('contains HTML markup or entities; write plain text');
  else noInitials(value, err);
  return value;
}

export function compileDataset(files: DataFiles): CompileResult {
  const errors: DataError[] = [];
  const ev = files.events.name;
  const evRows = rows(ev, files.events.table, EVENT_COLUMNS, errors);
  const srcRows = rows(files.sources.name, files.sources.table, SOURCE_COLUMNS, errors);
  const deathRows = rows(files.deaths.name, files.deaths.table, DEATH_COLUMNS, errors);
  if (!evRows || !srcRows || !deathRows) return { features: [], errors };

  const features: EventFeature[] = [];
  const byId = new Map<string, { props: EventProperties; line: number }>();

  for (const r of evRows) {
    const line = r.__line;
    const at = (field: string) => (message: string) => errors.push({ file: ev, line, field, message });

    const id = r.id;
    if (!ID_RE.test(id))
      at('id')(
        `"${id}" is not a valid id; use lowercase letters, digits and single hyphens, e.g. 2023-01-09-juliaca-airport`,
      );
    else if (byId.has(id)) at('id')(`"${id}" is already used on line ${byId.get(id)!.line}; ids must be unique`);

    const start = parseDay(r.date);
    if (start === null) at('date')(`"${r.date}" is not a real date; write the first day as YYYY-MM-DD (Peru time)`);
    else if (start < PERIOD_START || start > PERIOD_END)
      at('date')(`${r.date} is outside the covered period; dates must be between ${PERIOD_TEXT}`);
    let end = start;
    if (r.end_date !== '') {
      end = parseDay(r.end_date);
      if (end === null)
        at('end_date')(`"${r.end_date}" is not a real date; write YYYY-MM-DD or leave it empty for a one-day event`);
      else if (start !== null && end < start)
        at('end_date')(`${r.end_date} is before the start date ${r.date}; swap them or fix the typo`);
      else if (end === start) at('end_date')('is the same as date; leave end_date empty for a one-day event');
    }

    const datePrecision = oneOf(r.date_precision, DATE_PRECISIONS, at('date_precision'));
    const category = oneOf<Category>(r.category, CATEGORIES, at('category'));
    const scope = oneOf(r.scope, SCOPES, at('scope'));
    const locationPrecision = oneOf(r.location_precision, LOCATION_PRECISIONS, at('location_precision'));
    const verification = oneOf(r.verification, VERIFICATIONS, at('verification'));
    if (r.place === '') at('place')('is empty; name the place in Spanish (for national measures: "Todo el país")');
    else noInitials(r.place, at('place'));
    for (const f of ['title_es', 'title_en', 'place'] as const) oneLine(r[f], at(f));

    const regions = r.region === '' ? [] : r.region.split(';').map((s) => s.trim());
    for (const code of regions) {
      if (!(code in REGIONS))
        at('region')(`"${code}" is not an ISO 3166-2:PE code; use one of ${Object.keys(REGIONS).join(', ')}`);
    }
    let geometry: EventFeature['geometry'] = null;
    if (scope === 'local') {
      if (regions.length !== 1) at('region')('a local event needs exactly one region code');
      const lat = Number(r.lat);
      const lon = Number(r.lon);
      if (r.lat === '' || r.lon === '' || !Number.isFinite(lat) || !Number.isFinite(lon)) {
        at('lat/lon')(
          'a local event needs numeric lat and lon (decimal degrees, e.g. -15.4840,-70.1330); or set scope to regional/national',
        );
      } else if (
        lat < PERU_BOUNDS.south ||
        lat > PERU_BOUNDS.north ||
        lon < PERU_BOUNDS.west ||
        lon > PERU_BOUNDS.east
      ) {
        at('lat/lon')(
          `${lat},${lon} is outside Peru; latitudes and longitudes in Peru are negative (lat about -18 to 0, lon about -81 to -68); check for a swapped or missing sign`,
        );
      } else {
        geometry = { type: 'Point', coordinates: [lon, lat] };
      }
      if (locationPrecision === 'national' || locationPrecision === 'region')
        at('location_precision')(
          `a local event's location_precision is site, town, district or province, not ${locationPrecision}`,
        );
    } else {
      if (r.lat !== '' || r.lon !== '')
        at('lat/lon')(`a ${scope} measure has no point; empty lat and lon, or set scope to local`);
      if (scope === 'regional' && regions.length === 0)
        at('region')('a regional measure needs the region codes it covers, separated by ";"');
      if (scope === 'national' && regions.length > 0)
        at('region')('a national measure has no region; empty the field or set scope to regional');
    }

    const deathsCivilians = count(r.deaths_civilians, at('deaths_civilians'));
    const deathsSecurity = count(r.deaths_security_forces, at('deaths_security_forces'));
    const deathsBlockade = count(r.deaths_blockade_related, at('deaths_blockade_related'));
    const parts = [deathsCivilians, deathsSecurity, deathsBlockade];
    const deaths = parts.every((p) => p === null) ? null : parts.reduce<number>((s, p) => s + (p ?? 0), 0);

    const actors = r.actors === '' ? [] : r.actors.split(';').map((s) => s.trim());
    if (actors.length === 0) at('actors')(`list who took part, separated by ";", from: ${ACTORS.join(', ')}`);
    for (const a of actors) oneOf<Actor>(a, ACTORS, at('actors'));

    const uncertaintyEs = optionalText(r.uncertainty_es, at('uncertainty_es'));
    const uncertaintyEn = optionalText(r.uncertainty_en, at('uncertainty_en'));
    if ((uncertaintyEs === null) !== (uncertaintyEn === null)) {
      at(uncertaintyEs === null ? 'uncertainty_es' : 'uncertainty_en')(
        'write the uncertainty note in both languages, or in neither',
      );
    }
    if ((verification === 'disputed' || verification === 'single-source') && uncertaintyEn === null) {
      at('uncertainty_en')(
        `a ${verification} event must say in uncertainty_es/uncertainty_en ${verification === 'disputed' ? 'what is disputed and by whom' : 'which single outlet reported it'}`,
      );
    }

    const props: EventProperties = {
      id,
      date: r.date,
      end_date: r.end_date === '' ? null : r.end_date,
      date_precision: datePrecision,
      category,
      scope,
      place: r.place,
      region: regions[0] ?? null,
      regions,
      location_precision: locationPrecision,
      deaths,
      deaths_civilians: deathsCivilians,
      deaths_security_forces: deathsSecurity,
      deaths_blockade_related: deathsBlockade,
      injured: count(r.injured, at('injured')),
      detained: count(r.detained, at('detained')),
      verification,
      actors: actors as Actor[],
      title_es: text(r.title_es, 100, at('title_es')),
      title_en: text(r.title_en, 100, at('title_en')),
      description_es: text(r.description_es, 900, at('description_es')),
      description_en: text(r.description_en, 900, at('description_en')),
      uncertainty_es: uncertaintyEs,
      uncertainty_en: uncertaintyEn,
      victims: [],
      distinct_from: r.distinct_from === '' ? [] : r.distinct_from.split(';').map((s) => s.trim()),
      sources: [],
      updated: '', // stamped by scripts/build-data.ts against the previous release (src/lib/data/changelog.ts)
    };
    if (!byId.has(id)) byId.set(id, { props, line });
    features.push({ type: 'Feature', geometry, properties: props });
  }

  // Same day, category and place: almost always a duplicate row, unless an editor marked them distinct.
  const seen = new Map<string, { id: string; line: number }>();
  for (const f of features) {
    const p = f.properties;
    const key = `${p.date}|${p.category}|${p.place.toLowerCase()}`;
    const prev = seen.get(key);
    const line = byId.get(p.id)?.line ?? 0;
    if (prev && !p.distinct_from.includes(prev.id) && !byId.get(prev.id)?.props.distinct_from.includes(p.id)) {
      errors.push({
        file: ev,
        line,
        field: 'distinct_from',
        message: `same date, category and place as "${prev.id}" (line ${prev.line}); merge the two rows, or if they are separate events write "${prev.id}" in distinct_from`,
      });
    }
    if (!prev) seen.set(key, { id: p.id, line });
    for (const other of p.distinct_from) {
      if (!byId.has(other))
        errors.push({ file: ev, line, field: 'distinct_from', message: `"${other}" is not an event id` });
    }
  }

  // Two ids with the same slug (the part after the date) read as the same story entered twice: they must point at
  // each other in distinct_from (and their titles must tell them apart), or be merged.
  const bySlug = new Map<string, { id: string; line: number; distinct: string[] }>();
  for (const f of features) {
    const p = f.properties;
    const slug = p.id.replace(/^\d{4}-\d{2}-\d{2}-/, '');
    const line = byId.get(p.id)?.line ?? 0;
    const prev = bySlug.get(slug);
    if (prev && prev.id !== p.id && !p.distinct_from.includes(prev.id) && !prev.distinct.includes(p.id)) {
      errors.push({
        file: ev,
        line,
        field: 'distinct_from',
        message: `its id has the same slug as "${prev.id}" (line ${prev.line}); if it is the same event merge the two rows (record the removed id in data/redirects.csv), otherwise make the titles tell them apart and write "${prev.id}" in distinct_from`,
      });
    }
    if (!prev) bySlug.set(slug, { id: p.id, line, distinct: p.distinct_from });
  }

  // One decree is one event, unless it holds separate measures (a state of emergency in other areas, a curfew):
  // then each event names its measure in the title and they point at each other in distinct_from.
  const byDecree = new Map<string, { id: string; line: number; distinct: string[] }[]>();
  for (const f of features) {
    const p = f.properties;
    for (const d of new Set(decreesIn(`${p.title_es} ${p.title_en}`))) {
      const list = byDecree.get(d) ?? [];
      list.push({ id: p.id, line: byId.get(p.id)?.line ?? 0, distinct: p.distinct_from });
      byDecree.set(d, list);
    }
  }
  for (const [decree, list] of byDecree) {
    list.forEach((b, i) => {
      for (const a of list.slice(0, i)) {
        if (a.id === b.id || a.distinct.includes(b.id) || b.distinct.includes(a.id)) continue;
        errors.push({
          file: ev,
          line: b.line,
          field: 'distinct_from',
          message: `its title names decree ${decree}, as does "${a.id}" (line ${a.line}); if it is the same measure merge the two rows (record the removed id in data/redirects.csv), otherwise say in each title which measure of the decree it is and write "${a.id}" in distinct_from`,
        });
      }
    });
  }

  const sf = files.sources.name;
  for (const r of srcRows) {
    const at = (field: string) => (message: string) => errors.push({ file: sf, line: r.__line, field, message });
    const target = byId.get(r.event_id);
    if (!target) {
      at('event_id')(`"${r.event_id}" is not an event id in ${ev}; fix the id or add the event`);
      continue;
    }
    if (r.publisher === '')
      at('publisher')('is empty; name the outlet or body (e.g. La República, Defensoría del Pueblo)');
    oneLine(r.publisher, at('publisher'));
    oneLine(r.title, at('title'));
    if (r.title === '') at('title')("is empty; copy the article's headline");
    else noInitials(r.title, at('title'), !r.title.startsWith('['));
    const dm = SOURCE_DATE_RE.exec(r.date);
    if (!dm || (dm[3] !== undefined && parseDay(r.date) === null) || Number(dm[2]) < 1 || Number(dm[2]) > 12) {
      at('date')(`"${r.date}" is not a publication date; write YYYY-MM-DD (or YYYY-MM when only the month is known)`);
    }
    let url: URL | null = null;
    try {
      url = new URL(r.url);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || /\s/.test(r.url)) {
      at('url')(`"${r.url}" is not an http(s) URL; paste the full address of the page you read`);
    } else {
      for (const p of sourceUrlProblems(r.url)) at('url')(`"${r.url}": ${p.message}`);
    }
    const type = oneOf(r.type, SOURCE_TYPES, at('type'));
    const source: Source = { publisher: r.publisher, title: r.title, date: r.date, url: r.url, type };
    if (target.props.sources.some((s) => s.url === source.url))
      at('url')(`this URL is already listed for "${r.event_id}"`);
    target.props.sources.push(source);
  }

  const ledger = new Map<string, Record<DeathKind, number>>();
  const df = files.deaths.name;
  for (const r of deathRows) {
    const at = (field: string) => (message: string) => errors.push({ file: df, line: r.__line, field, message });
    const target = byId.get(r.event_id);
    if (!target) {
      at('event_id')(`"${r.event_id}" is not an event id in ${ev}`);
      continue;
    }
    const kind = oneOf<DeathKind>(r.kind, DEATH_KINDS, at('kind'));
    const age = count(r.age, at('age'));
    if (age !== null && age < 18 && r.name !== '')
      at('name')("this person was a minor: never publish a minor's name; empty the name field (keep the age)");
    if (r.name !== '' && HTML_RE.test(r.name)) at('name')('contains HTML; write plain text');
    noInitials(r.name, at('name'));
    noInitials(r.note, at('note'));
    const died = parseDay(r.date_of_death);
    if (died === null) at('date_of_death')(`"${r.date_of_death}" is not a date; write YYYY-MM-DD`);
    else if (died < parseDay(target.props.date)!)
      at('date_of_death')(`${r.date_of_death} is before the event's date ${target.props.date}`);
    const counted = oneOf(r.counted_by_defensoria, DEFENSORIA_COUNTS, at('counted_by_defensoria'));
    if (r.cause === '') at('cause')('is empty; write e.g. gunshot, pellets, traffic accident, or unknown');
    if (r.source_url === '' || !target.props.sources.some((s) => s.url === r.source_url)) {
      at('source_url')(`must be one of the URLs listed for "${r.event_id}" in ${sf}`);
    }
    const victim: Victim = {
      kind,
      name: r.name === '' || (age !== null && age < 18) ? null : r.name,
      age,
      date_of_death: r.date_of_death,
      cause: r.cause,
      counted_by_defensoria: counted,
    };
    target.props.victims.push(victim);
    const c = ledger.get(r.event_id) ?? { civilian: 0, security: 0, blockade: 0 };
    c[kind] += 1;
    ledger.set(r.event_id, c);
  }

  for (const { props, line } of byId.values()) {
    const at = (field: string) => (message: string) => errors.push({ file: ev, line, field, message });
    if (props.sources.length === 0)
      at('id')(`event "${props.id}" has no source in ${sf}; every event needs at least one`);
    if (props.verification === 'confirmed' && props.sources.length > 0) {
      // Independent publishers, not rows: wire copy counts once under the agency's name ("Expreso (EFE)" is
      // EFE), the same publisher twice counts once, and compilations and aggregators never count.
      const publishers = new Set(
        props.sources.map((s) => independentPublisher(s.publisher, s.type)).filter((k) => k !== null),
      );
      const authoritative = props.sources.some((s) => AUTHORITATIVE.has(s.type));
      if (publishers.size < 2 && !authoritative) {
        at('verification')(
          `"confirmed" needs two independent outlets or an official/NGO source, but the sources come from ${publishers.size === 0 ? 'no counting publisher' : 'one publisher'} (wire copy counts once under the agency, compilations and aggregators never count); add a second, independent source or mark it single-source with a note naming the outlet`,
        );
      }
    }
    const c = ledger.get(props.id) ?? { civilian: 0, security: 0, blockade: 0 };
    const pairs: [keyof EventProperties, number, DeathKind][] = [
      ['deaths_civilians', c.civilian, 'civilian'],
      ['deaths_security_forces', c.security, 'security'],
      ['deaths_blockade_related', c.blockade, 'blockade'],
    ];
    for (const [field, n, kind] of pairs) {
      const declared = (props[field] as number | null) ?? 0;
      if (declared !== n) {
        at(field)(
          `says ${declared} but ${df} lists ${n} ${kind} death(s) for "${props.id}"; the two must agree (one ledger row per person)`,
        );
      }
    }
  }

  features.sort(
    (a, b) => a.properties.date.localeCompare(b.properties.date) || a.properties.id.localeCompare(b.properties.id),
  );
  return { features, errors };
}

export const REDIRECT_COLUMNS = ['old_id', 'new_id', 'reason'] as const;

/**
 * data/redirects.csv: the ids of events removed from events.csv (merged into another event), each with the id
 * that replaced it, so that links and citations made with an old id keep working. The build checks that the new
 * id exists and the old one no longer does, and compiles the table into the GeoJSON metadata as `redirects`.
 */
export function compileRedirects(
  file: string,
  table: CsvTable,
  eventIds: ReadonlySet<string>,
): { redirects: Record<string, string>; errors: DataError[] } {
  const errors: DataError[] = [];
  const redirects: Record<string, string> = {};
  const list = rows(file, table, REDIRECT_COLUMNS, errors);
  if (!list) return { redirects, errors };
  const seen = new Map<string, number>();
  for (const r of list) {
    const at = (field: string) => (message: string) => errors.push({ file, line: r.__line, field, message });
    if (!ID_RE.test(r.old_id)) at('old_id')(`"${r.old_id}" is not a valid event id`);
    else if (seen.has(r.old_id)) at('old_id')(`"${r.old_id}" is already redirected on line ${seen.get(r.old_id)}`);
    else if (eventIds.has(r.old_id))
      at('old_id')(
        `"${r.old_id}" is still an event in events.csv; a redirect is only for an id that was removed (delete the row or the redirect)`,
      );
    if (!eventIds.has(r.new_id))
      at('new_id')(`"${r.new_id}" is not an event id in events.csv; point the redirect at the event that replaced it`);
    if (r.reason === '')
      at('reason')('is empty; say why the event was removed (e.g. merged: the same decree entered twice)');
    seen.set(r.old_id, r.__line);
    redirects[r.old_id] = r.new_id;
  }
  return { redirects, errors };
}
