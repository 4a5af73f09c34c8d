/**
 * The public changelog of the dataset (data/CHANGELOG.md) and the `updated` stamp of every event.
 *
 * The build compares each compiled event with the previous release's compiled file (data/releases/events-X.Y.Z.geojson):
 * an event whose properties and geometry are unchanged keeps the version that file gives it (1.0.0 for the first
 * release, whose file has no `updated`); a changed or new event gets the current version. Every event added,
 * changed or removed since that release must have a line in data/CHANGELOG.md under the current version, or the
 * build fails naming it. That is how a reader's correction is traced from the event to its changelog line.
 *
 * Pure functions only: scripts/build-data.ts reads the files and calls them.
 */
import type { EventFeature } from './schema';

export const CHANGELOG_SECTIONS = ['Added', 'Corrected', 'Removed'] as const;
export type ChangelogSection = (typeof CHANGELOG_SECTIONS)[number];

export interface ChangelogEntry {
  id: string;
  reason: string;
  line: number;
}

export interface ChangelogVersion {
  version: string;
  date: string;
  line: number;
  entries: Record<ChangelogSection, ChangelogEntry[]>;
}

export interface ChangelogProblem {
  line: number;
  message: string;
}

export interface Changelog {
  versions: ChangelogVersion[];
  problems: ChangelogProblem[];
}

const VERSION_RE = /^(\d+)\.(\d+)\.(\d+)$/;
const VERSION_HEADING_RE = /^## (\d+\.\d+\.\d+) — (\d{4}-\d{2}-\d{2})\s*$/;
const SECTION_HEADING_RE = /^### (.+?)\s*$/;
const ENTRY_RE = /^- `([a-z0-9]+(?:-[a-z0-9]+)*)`: (\S.*)$/;

/** Compares two X.Y.Z versions numerically (1.10.0 comes after 1.9.0). */
export function compareVersions(a: string, b: string): number {
  const pa = VERSION_RE.exec(a);
  const pb = VERSION_RE.exec(b);
  if (!pa || !pb) throw new Error(`not a version: ${pa ? b : a}`);
  for (let i = 1; i <= 3; i++) {
    const d = Number(pa[i]) - Number(pb[i]);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Reads data/CHANGELOG.md: `## X.Y.Z — YYYY-MM-DD` headings, then `### Added`, `### Corrected`, `### Removed`, each
 * followed by lines "- `<event id>`: <reason, with the source>" (a wrapped line, indented, continues the one above).
 * Free text is allowed before the first version heading and between a version heading and its first section;
 * anything else inside a section is reported as a problem with its line number.
 */
export function parseChangelog(text: string): Changelog {
  const versions: ChangelogVersion[] = [];
  const problems: ChangelogProblem[] = [];
  let current: ChangelogVersion | null = null;
  let section: ChangelogSection | null = null;
  let last: ChangelogEntry | null = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const s = raw.trimEnd();
    if (s.startsWith('#')) last = null;
    if (s.startsWith('## ')) {
      const m = VERSION_HEADING_RE.exec(s);
      section = null;
      if (!m) {
        current = null;
        problems.push({ line, message: `"${s}" is not a version heading; write "## X.Y.Z — YYYY-MM-DD" (an em dash)` });
        return;
      }
      if (versions.some((v) => v.version === m[1]))
        problems.push({ line, message: `version ${m[1]} has two headings; merge them into one` });
      current = { version: m[1]!, date: m[2]!, line, entries: { Added: [], Corrected: [], Removed: [] } };
      versions.push(current);
      return;
    }
    if (!current) return;
    const version: ChangelogVersion = current;
    if (s.startsWith('### ')) {
      const name = SECTION_HEADING_RE.exec(s)?.[1] ?? '';
      if ((CHANGELOG_SECTIONS as readonly string[]).includes(name)) section = name as ChangelogSection;
      else {
        section = null;
        problems.push({ line, message: `"${s}" is not a section; use ### ${CHANGELOG_SECTIONS.join(', ### ')}` });
      }
      return;
    }
    if (s === '') {
      last = null;
      return;
    }
    if (last && /^\s{2,}\S/.test(s)) {
      last.reason += ` ${s.trim()}`; // a wrapped line continues the entry above
      return;
    }
    last = null;
    const m = ENTRY_RE.exec(s);
    if (!section) {
      // Free text (a summary of the release) may sit between a version heading and its first section.
      if (s.startsWith('- `'))
        problems.push({
          line,
          message: `"${s.slice(0, 60)}" is outside a section; put it under ### ${CHANGELOG_SECTIONS.join(', ### ')}`,
        });
      return;
    }
    if (!m) {
      problems.push({
        line,
        message: `"${s.slice(0, 60)}" is not a changelog line; write "- \`<event id>\`: <reason, with the source>" (wrapped lines indented)`,
      });
      return;
    }
    last = { id: m[1]!, reason: m[2]!, line };
    version.entries[section].push(last);
  });
  return { versions, problems };
}

/**
 * The release to compare against: among the compiled files kept in data/releases/ (their versions), the latest
 * one not after the current version. null when there is none (the first release).
 */
export function previousRelease(releases: readonly string[], current: string): string | null {
  const earlier = releases.filter((v) => VERSION_RE.test(v) && compareVersions(v, current) <= 0);
  earlier.sort(compareVersions);
  return earlier.at(-1) ?? null;
}

/** JSON with object keys sorted, so that two equal events give the same text whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** What a reader sees of an event: its properties (except `updated` itself) and its geometry. */
export function eventFingerprint(feature: Pick<EventFeature, 'geometry' | 'properties'>): string {
  const { updated: _updated, ...properties } = feature.properties as EventFeature['properties'] & {
    updated?: string;
  };
  return canonical({ properties, geometry: feature.geometry ?? null });
}

export interface ReleaseDiff {
  added: string[];
  changed: string[];
  removed: string[];
  /** id → the version that last changed the event (for every current event). */
  updated: Map<string, string>;
}

/**
 * Compares the current events with the previous release's compiled features. `releaseVersion` stamps the events
 * of a release file that carries no `updated` (1.0.0).
 */
export function diffRelease(
  current: readonly EventFeature[],
  previous: readonly Pick<EventFeature, 'geometry' | 'properties'>[],
  releaseVersion: string,
  currentVersion: string,
): ReleaseDiff {
  const before = new Map(previous.map((f) => [f.properties.id, f]));
  const diff: ReleaseDiff = { added: [], changed: [], removed: [], updated: new Map() };
  const now = new Set<string>();
  for (const f of current) {
    const id = f.properties.id;
    now.add(id);
    const old = before.get(id);
    if (!old) diff.added.push(id);
    else if (eventFingerprint(old) !== eventFingerprint(f)) diff.changed.push(id);
    else {
      const stamped = (old.properties as { updated?: string }).updated;
      diff.updated.set(id, stamped || releaseVersion);
      continue;
    }
    diff.updated.set(id, currentVersion);
  }
  for (const id of before.keys()) if (!now.has(id)) diff.removed.push(id);
  return diff;
}

export interface ChangelogError {
  /** The event id the error is about, or null for a problem in the changelog file itself. */
  id: string | null;
  line: number;
  message: string;
}

/**
 * Every event added, changed or removed since the previous release needs a line under the current version, in the
 * matching section (Added, Corrected, Removed); a line that names an event with no such change is an error too,
 * so that the changelog never claims a change the data does not show.
 */
export function checkChangelog(
  diff: ReleaseDiff,
  changelog: Changelog,
  currentVersion: string,
  releaseVersion: string,
): ChangelogError[] {
  const errors: ChangelogError[] = changelog.problems.map((p) => ({ id: null, ...p }));
  const top = changelog.versions
    .map((v) => v.version)
    .sort(compareVersions)
    .at(-1);
  if (top && compareVersions(top, currentVersion) > 0)
    errors.push({
      id: null,
      line: changelog.versions.find((v) => v.version === top)!.line,
      message: `version ${top} is later than data/meta.json's version ${currentVersion}; bump meta.json or fix the heading`,
    });
  const entries = changelog.versions.find((v) => v.version === currentVersion)?.entries ?? {
    Added: [],
    Corrected: [],
    Removed: [],
  };
  const changes: Record<ChangelogSection, string[]> = {
    Added: diff.added,
    Corrected: diff.changed,
    Removed: diff.removed,
  };
  const verbs: Record<ChangelogSection, string> = {
    Added: 'is new',
    Corrected: 'has changed',
    Removed: 'was removed',
  };
  const sameRelease = compareVersions(releaseVersion, currentVersion) === 0;
  for (const section of CHANGELOG_SECTIONS) {
    const listed = new Set(entries[section].map((e) => e.id));
    for (const id of changes[section]) {
      if (sameRelease) {
        errors.push({
          id,
          line: 0,
          message: `event "${id}" ${verbs[section]} since release ${releaseVersion}, and data/meta.json still says ${currentVersion}: bump the version in data/meta.json (minor for additions, patch for corrections) and add a line for it under "## <new version>" → "### ${section}" in data/CHANGELOG.md`,
        });
      } else if (!listed.has(id)) {
        errors.push({
          id,
          line: 0,
          message: `event "${id}" ${verbs[section]} since release ${releaseVersion} but data/CHANGELOG.md has no line for it; add "- \`${id}\`: <what and why, with the source>" under "## ${currentVersion}" → "### ${section}"`,
        });
      }
    }
    const changed = new Set(changes[section]);
    for (const e of entries[section]) {
      if (!changed.has(e.id)) {
        const other = CHANGELOG_SECTIONS.find((s) => changes[s].includes(e.id));
        errors.push({
          id: e.id,
          line: e.line,
          message: other
            ? `"${e.id}" is listed under ${section}, but compared with release ${releaseVersion} it belongs under ### ${other}; move the line`
            : `"${e.id}" is listed under ${section}, but it is unchanged since release ${releaseVersion} (or not an event id); remove the line or fix the id`,
        });
      }
    }
  }
  return errors;
}
