import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n/strings';
import { LANGS, type Lang } from '../../src/lib/url/url-state';

const script = readFileSync('public/lang.js', 'utf8');

/** Runs public/lang.js as the browser would, for a query string and a browser language. */
function run(search: string, language: string) {
  const document = { documentElement: { lang: 'es' }, title: '' };
  runInNewContext(script, { location: { search }, navigator: { language }, document, URLSearchParams });
  return { lang: document.documentElement.lang, title: document.title };
}

describe('public/lang.js: lang and title before the app starts', () => {
  it.each(LANGS)('?lang=%s sets that language and the title the app writes', (lang: Lang) => {
    expect(run(`?lang=${lang}`, lang === 'es' ? 'en-GB' : 'es-PE')).toEqual({
      lang,
      title: `${t('title', lang)} · ${t('titleOther', lang)}`,
    });
  });

  it('without lang=, or with a bad one, follows the browser like the app', () => {
    expect(run('', 'en-US').lang).toBe('en');
    expect(run('?lang=xx', 'es-PE').lang).toBe('es');
  });

  it('is loaded by index.html as an external script (the CSP forbids inline ones)', () => {
    const html = readFileSync('index.html', 'utf8');
    expect(html).toMatch(/<script src="\.\/lang\.js"><\/script>/);
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([]);
  });
});
