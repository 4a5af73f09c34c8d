/**
 * Validates the guided stories in data/stories/*.json (src/lib/stories/schema.ts) against the compiled dataset
 * (public/data/events.geojson, written by build-data.ts just before) and compiles them into
 * public/data/stories/<id>.json plus public/data/stories/index.json (what the stories menu lists). A bad story
 * fails the build with file, path into the file and what to fix; nothing is dropped silently.
 *
 *   npm run build:data                                     (runs it after build-data.ts)
 *   tsx scripts/build-stories.ts --stories DIR --events FILE --out DIR
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventCollection } from '../src/lib/data/schema';
import { parseDay, PERIOD_END, PERIOD_START } from '../src/lib/time/days';
import { parseStory, type Story, type StoryListing } from '../src/lib/stories/schema';
import { checkStory, type StoryEventFacts } from '../src/lib/stories/check';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface StoriesResult {
  stories: Story[];
  errors: string[];
}

/** The events a story may name, from a compiled collection. */
export function eventFacts(collection: EventCollection): Map<string, StoryEventFacts> {
  return new Map(
    collection.features.map((f) => {
      const p = f.properties;
      const start = parseDay(p.date)!;
      return [
        p.id,
        {
          start,
          end: p.end_date ? parseDay(p.end_date)! : start,
          category: p.category,
          regions: p.regions?.length ? p.regions : p.region ? [p.region] : [],
        },
      ];
    }),
  );
}

export function buildStories(storiesDir: string, collection: EventCollection): StoriesResult {
  const errors: string[] = [];
  const stories: Story[] = [];
  const facts = eventFacts(collection);
  const files = existsSync(storiesDir) ? readdirSync(storiesDir).filter((f) => f.endsWith('.json')) : [];
  for (const file of files.sort()) {
    const name = relative(root, join(storiesDir, file));
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(storiesDir, file), 'utf8'));
    } catch (e) {
      errors.push(`${name}: not valid JSON (${(e as Error).message}); fix the syntax`);
      continue;
    }
    const { story, problems } = parseStory(json);
    const all = story ? checkStory(story, file, facts, { from: PERIOD_START, to: PERIOD_END }) : problems;
    errors.push(...all.map((p) => `${name} ${p.path || '(file)'}: ${p.message}`));
    if (story && !all.length) stories.push(story);
  }
  return { stories, errors };
}

/** Index entries, in the order of the stories' first day. */
export function storyIndex(stories: readonly Story[]): StoryListing[] {
  return stories
    .map((s) => ({
      id: s.id,
      title: s.title,
      summary: s.summary,
      steps: s.steps.length,
      from: s.steps.map((x) => x.from).sort()[0]!,
      to: s.steps
        .map((x) => x.to)
        .sort()
        .at(-1)!,
    }))
    .sort((a, b) => a.from.localeCompare(b.from) || a.id.localeCompare(b.id));
}

function main(argv: string[]): number {
  const arg = (flag: string, fallback: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
  };
  const storiesDir = arg('--stories', join(root, 'data/stories'));
  const eventsFile = arg('--events', join(root, 'public/data/events.geojson'));
  const outDir = arg('--out', join(root, 'public/data/stories'));
  const collection = JSON.parse(readFileSync(eventsFile, 'utf8')) as EventCollection;
  const { stories, errors } = buildStories(storiesDir, collection);
  if (errors.length) {
    console.error(`Stories build failed with ${errors.length} problem(s):\n`);
    for (const e of errors) console.error(`  ${e}`);
    console.error('\nFix the stories above (data/README.md, "Stories", documents the format) and run the build again.');
    return 1;
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const s of stories) writeFileSync(join(outDir, `${s.id}.json`), JSON.stringify(s));
  writeFileSync(join(outDir, 'index.json'), JSON.stringify({ stories: storyIndex(stories) }));
  console.log(
    `${relative(root, outDir)}: ${stories.length} stories, ${stories.reduce((n, s) => n + s.steps.length, 0)} steps`,
  );
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exit(main(process.argv.slice(2)));
