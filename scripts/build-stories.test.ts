import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from './build-data';
import { buildStories, storyIndex } from './build-stories';
import type { EventCollection } from '../src/lib/data/schema';

const { collection } = buildDataset('data');

describe('build-stories', () => {
  it('the stories in data/stories pass against the current dataset, three at least', () => {
    const { stories, errors } = buildStories('data/stories', collection as EventCollection);
    expect(errors).toEqual([]);
    expect(stories.length).toBeGreaterThanOrEqual(3);
    const index = storyIndex(stories);
    expect(index.map((s) => s.from)).toEqual([...index.map((s) => s.from)].sort());
    expect(index.every((s) => s.steps >= 2)).toBe(true);
  });

  it('a story naming an event the dataset lacks fails with file, path and what to fix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-stories-'));
    cpSync('data/stories', dir, { recursive: true });
    const file = join(dir, 'juliaca-9-january-2023.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.steps[2].events = ['2023-01-09-no-such-event'];
    writeFileSync(file, JSON.stringify(json));
    const { stories, errors } = buildStories(dir, collection as EventCollection);
    expect(errors).toEqual([
      expect.stringMatching(
        /juliaca-9-january-2023\.json steps\[2\]\.events\[0\]: no event "2023-01-09-no-such-event" in the dataset/,
      ),
    ]);
    expect(stories.map((s) => s.id)).not.toContain('juliaca-9-january-2023');
  });

  it('a file that is not JSON fails naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-stories-'));
    writeFileSync(join(dir, 'broken.json'), '{ "id": ');
    expect(buildStories(dir, collection as EventCollection).errors[0]).toMatch(/broken\.json: not valid JSON/);
  });
});
