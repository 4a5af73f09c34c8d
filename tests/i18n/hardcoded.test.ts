import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHardcodedText } from './hardcoded';

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('the hard-coded text check', () => {
  it('finds text, visible attributes, shown literals and language choices written into a component', () => {
    const bad = `<script>const x = app.lang === 'es' ? 'Hola' : 'Hello';</script>
<p title="Open the map">Hello</p>
<span aria-label={t('key', lang)}>{on ? 'Yes' : t('no', lang)}</span>`;
    expect(findHardcodedText(bad).map((f) => f.text)).toEqual([
      'title="Open the map"',
      'Hello',
      'Yes',
      "<script>const x = app.lang === 'es' ? 'Hola' : 'Hello';</script>",
    ]);
  });

  it('accepts catalogue calls, symbols, numbers, keys and comparisons', () => {
    const good = `<p title={t('close', lang)} class="big words">{t('title', lang)} · ✝ {n} ×</p>
{#if lang === 'es'}<b>{label(CATEGORY_LABEL, c, lang)}</b>{/if}<svg><text>5</text></svg>`;
    expect(findHardcodedText(good)).toEqual([]);
  });
});

describe('components take every user-visible text from the catalogue', () => {
  const components = [...files('src/components', /\.svelte$/), 'src/App.svelte'];
  it.each(components)('%s', (file) => {
    expect(findHardcodedText(readFileSync(file, 'utf8'))).toEqual([]);
  });
});
