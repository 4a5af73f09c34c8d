/**
 * Links that stay true: every released dataset version is kept (data/releases/events-<version>.geojson) and
 * compiled beside the current one, and the differences between a release and the current data are listed by id
 * (added, corrected, removed, with the reasons written in data/CHANGELOG.md), so that a link made on 1.0.0 opens
 * the events as they were and can say what has changed in its view since.
 */
import type { EventCollection, EventFeature } from './schema';

export interface Change {
  id: string;
  kind: 'added' | 'corrected' | 'removed';
  /** The changelog's line for this id, if it has one. */
  reason: string | null;
  /** First and last day (YYYY-MM-DD) of the event in whichever version has it, so a view can test overlap. */
  date: string;
  end_date: string | null;
  category: string;
  regions: string[];
}

export interface VersionManifest {
  current: string;
  /** Every version that can be opened, newest first, each with its base path under data/. */
  versions: { version: string; path: string }[];
  /** For each older version, what changed from it to the current data. */
  changes: Record<string, Change[]>;
  /** Ids that were merged into another event: old id → current id. */
  redirects: Record<string, string>;
}

/** An event's published content, for comparison (the version stamp itself is not content). */
function fingerprint(f: EventFeature): string {
  const { updated: _u, ...props } = f.properties;
  return JSON.stringify([f.geometry?.coordinates ?? null, props]);
}

/**
 * Reasons by id from the changelog section of `version` (lines "- `id`: reason" under "## <version>"); the
 * first reason written for an id wins.
 */
export function changelogReasons(markdown: string, version: string): Map<string, string> {
  const out = new Map<string, string>();
  let inSection = false;
  for (const line of markdown.split(/\r?\n/)) {
    const h = /^##\s+(\S+)/.exec(line);
    if (h && !line.startsWith('###')) {
      inSection = h[1] === version;
      continue;
    }
    if (!inSection) continue;
    const m = /^\s*[-*]\s+`([^`]+)`\s*[:—–-]\s*(.+)$/.exec(line);
    if (m && !out.has(m[1]!)) out.set(m[1]!, m[2]!.trim());
  }
  return out;
}

/** What changed between an older collection and the current one, by id. */
export function diffCollections(
  older: EventCollection,
  current: EventCollection,
  reasons: ReadonlyMap<string, string> = new Map(),
): Change[] {
  const before = new Map(older.features.map((f) => [f.properties.id, f]));
  const after = new Map(current.features.map((f) => [f.properties.id, f]));
  const out: Change[] = [];
  const entry = (f: EventFeature, kind: Change['kind']): Change => ({
    id: f.properties.id,
    kind,
    reason: reasons.get(f.properties.id) ?? null,
    date: f.properties.date,
    end_date: f.properties.end_date,
    category: f.properties.category,
    regions: f.properties.regions.length ? f.properties.regions : f.properties.region ? [f.properties.region] : [],
  });
  for (const [id, f] of after) {
    const old = before.get(id);
    if (!old) out.push(entry(f, 'added'));
    else if (fingerprint(old) !== fingerprint(f)) out.push(entry(f, 'corrected'));
  }
  for (const [id, f] of before) if (!after.has(id)) out.push(entry(f, 'removed'));
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Compare dotted versions (1.10.0 > 1.9.0). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
