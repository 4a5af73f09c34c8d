/**
 * Links that stay true: every released dataset version is kept (data/releases/events-<version>.geojson) and
 * compiled beside the current one, and the differences between a release and the current data are listed by id
 * (added, corrected, removed, with the reasons written in data/CHANGELOG.md), so that a link made on 1.0.0 opens
 * the events as they were and can say what has changed in its view since.
 *
 * One diff: what counts as a change is changelog.ts's `diffRelease` (the same comparison that stamps `updated` and
 * makes the build refuse a change without its changelog line), so the notice a reader sees can never disagree
 * with the changelog check. This module adds the manifest the app reads (public/data/versions.json), its schema,
 * and the pure questions the app asks of it: which version a link names, what changed in a view, where an old id
 * went.
 */
import * as v from 'valibot';
import { CATEGORIES, type Category, type EventCollection, type EventFeature } from './schema';
import { compareVersions, diffRelease, type Changelog } from './changelog';
import { parseDay, type Day } from '../time/days';
import { overlaps, type DayRange } from '../time/range';

export { compareVersions };

/** One changelog line about an event: the version whose section holds it, and its text. */
export interface ChangeReason {
  version: string;
  text: string;
}

export interface Change {
  id: string;
  kind: 'added' | 'corrected' | 'removed';
  /** The changelog's lines for this id in every version after the old one, oldest first (empty if none). */
  reasons: ChangeReason[];
  /** First and last day (YYYY-MM-DD) of the event in whichever version has it, so a view can test overlap. */
  date: string;
  end_date: string | null;
  category: Category;
  /** ISO 3166-2:PE codes; empty for a national event. */
  regions: string[];
  /** For a removed event merged into another: the id that replaced it. */
  replacedBy?: string;
}

export interface VersionEntry {
  version: string;
  /** Base path of its core.json and details/ under data/ ('' for the current version). */
  path: string;
  /** Release date (YYYY-MM-DD) from its CHANGELOG.md heading, or null if the changelog has none. */
  date: string | null;
}

export interface VersionManifest {
  current: string;
  /** Every version that can be opened, newest first. */
  versions: VersionEntry[];
  /** For each older version, what changed from it to the current data. */
  changes: Record<string, Change[]>;
  /** Ids that were merged into another event: old id → current id. */
  redirects: Record<string, string>;
}

const VERSION = v.pipe(v.string(), v.regex(/^\d{1,3}\.\d{1,3}\.\d{1,3}$/));
const ISO_DAY = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const ChangeSchema = v.object({
  id: v.string(),
  kind: v.picklist(['added', 'corrected', 'removed']),
  reasons: v.array(v.object({ version: VERSION, text: v.string() })),
  date: ISO_DAY,
  end_date: v.nullable(ISO_DAY),
  category: v.picklist(CATEGORIES),
  regions: v.array(v.string()),
  replacedBy: v.optional(v.string()),
});
/** The manifest as the browser validates it (a deployer may serve an old or hand-edited file). */
export const ManifestSchema = v.object({
  current: VERSION,
  versions: v.array(
    v.object({
      version: VERSION,
      path: v.pipe(v.string(), v.regex(/^(?:v\/\d{1,3}\.\d{1,3}\.\d{1,3}\/)?$/)),
      date: v.nullable(ISO_DAY),
    }),
  ),
  changes: v.record(v.string(), v.array(ChangeSchema)),
  redirects: v.record(v.string(), v.string()),
});

/** The manifest, or null when the file is not one (the app then simply opens the current data). */
export function parseManifest(json: unknown): VersionManifest | null {
  const r = v.safeParse(ManifestSchema, json);
  return r.success ? r.output : null;
}

/** The changelog's lines for each id, from every version after `older` up to and including `current`. */
export function reasonsSince(changelog: Changelog, older: string, current: string): Map<string, ChangeReason[]> {
  const out = new Map<string, ChangeReason[]>();
  const versions = changelog.versions
    .filter((x) => compareVersions(x.version, older) > 0 && compareVersions(x.version, current) <= 0)
    .sort((a, b) => compareVersions(a.version, b.version));
  for (const ver of versions)
    for (const section of Object.values(ver.entries))
      for (const e of section) {
        const list = out.get(e.id) ?? [];
        list.push({ version: ver.version, text: e.reason });
        out.set(e.id, list);
      }
  return out;
}

/**
 * What changed between an older collection and the current one, by id, sorted by date then id. `reasons` comes
 * from reasonsSince(); `redirects` (old id → new id) marks removed events that were merged into another.
 */
export function diffCollections(
  older: EventCollection,
  current: EventCollection,
  reasons: ReadonlyMap<string, ChangeReason[]> = new Map(),
  redirects: Readonly<Record<string, string>> = {},
): Change[] {
  const diff = diffRelease(current.features, older.features, older.metadata.version, current.metadata.version);
  const before = new Map(older.features.map((f) => [f.properties.id, f]));
  const after = new Map(current.features.map((f) => [f.properties.id, f]));
  const entry = (f: EventFeature, kind: Change['kind']): Change => {
    const p = f.properties;
    const c: Change = {
      id: p.id,
      kind,
      reasons: reasons.get(p.id) ?? [],
      date: p.date,
      end_date: p.end_date,
      category: p.category,
      regions: p.regions?.length ? p.regions : p.region ? [p.region] : [],
    };
    if (kind === 'removed' && Object.prototype.hasOwnProperty.call(redirects, p.id)) c.replacedBy = redirects[p.id];
    return c;
  };
  const out: Change[] = [
    ...diff.added.map((id) => entry(after.get(id)!, 'added')),
    ...diff.changed.map((id) => entry(after.get(id)!, 'corrected')),
    ...diff.removed.map((id) => entry(before.get(id)!, 'removed')),
  ];
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

export type ResolvedVersion =
  | { status: 'current'; entry: VersionEntry }
  | { status: 'old'; entry: VersionEntry }
  /** The link names a version this deployment does not keep: the current data is shown, with a word about it. */
  | { status: 'unknown'; requested: string; entry: VersionEntry };

/** Which kept version a link's `v=` opens: absent or the current one → current; not kept → current, flagged. */
export function resolveVersion(manifest: VersionManifest, requested: string | undefined): ResolvedVersion {
  const current = manifest.versions.find((e) => e.version === manifest.current) ?? {
    version: manifest.current,
    path: '',
    date: null,
  };
  if (requested === undefined || requested === manifest.current) return { status: 'current', entry: current };
  const entry = manifest.versions.find((e) => e.version === requested);
  return entry ? { status: 'old', entry } : { status: 'unknown', requested, entry: current };
}

/** A view, as far as changes are concerned: the day range, the categories shown and the region focus. */
export interface ChangeView {
  range: DayRange;
  categories: readonly Category[];
  region: string | null;
}

/**
 * The changes that touch a view: the event's days overlap the range, its category is shown, and with a region
 * focus it names that region — the same test as the map's filter (`passes` in table.ts), so a national event is
 * outside any region focus.
 */
export function changesInView(changes: readonly Change[], view: ChangeView): Change[] {
  return changes.filter((c) => {
    const start: Day | null = parseDay(c.date);
    const end: Day | null = c.end_date ? parseDay(c.end_date) : start;
    if (start === null || end === null || !overlaps(start, end, view.range)) return false;
    if (!view.categories.includes(c.category)) return false;
    return view.region === null || c.regions.includes(view.region);
  });
}

/** Where an id points now: itself, or, for an event merged into another, the id that replaced it (chains followed). */
export function redirectId(redirects: Readonly<Record<string, string>>, id: string): string {
  const seen = new Set<string>();
  let cur = id;
  while (Object.prototype.hasOwnProperty.call(redirects, cur) && !seen.has(cur)) {
    seen.add(cur);
    cur = redirects[cur]!;
  }
  return cur;
}
