/**
 * Downloads the compiled stories (public/data/stories/, written by scripts/build-stories.ts) and validates them
 * with the same schema the build used: a damaged or foreign file is a LoadError, never a half-drawn story.
 */
import * as v from 'valibot';
import { fetchJson, LoadError } from '../data/load';
import { parseStory, StoryIndexSchema, type Story, type StoryListing } from './schema';

export async function loadStoryIndex(url: string, fetchImpl: typeof fetch = fetch): Promise<StoryListing[]> {
  const r = v.safeParse(StoryIndexSchema, await fetchJson(url, fetchImpl));
  if (!r.success) throw new LoadError('format', 'stories/index.json is not a story index');
  return r.output.stories;
}

export async function loadStory(url: string, id: string, fetchImpl: typeof fetch = fetch): Promise<Story> {
  const { story, problems } = parseStory(await fetchJson(url, fetchImpl));
  if (!story) throw new LoadError('format', problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  if (story.id !== id) throw new LoadError('format', `the file holds story "${story.id}", not "${id}"`);
  return story;
}
