/**
 * Issue 7, point 6: the served HTML carries the language and title that `?lang=` asks for. A static file cannot
 * vary by query string, so the build writes a second copy of index.html beside it, `index.en.html`, with
 * lang="en" and the English title (same folder: its relative asset URLs hold). A host sends it for `?lang=en` with
 * a rewrite rule (README § Hosting from any folder); `npm start` (vite preview) and the browser tests do it with
 * `langRewrite` below. public/lang.js still sets both in the browser, for hosts without the rule and for a reader
 * whose address has no lang= (then the browser's language decides, which no server rule can know).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Connect } from 'vite';

/** The English copy of index.html, written next to it by the build. */
export const ENGLISH_HTML = 'index.en.html';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The titles the app writes ('title' · 'titleOther' of src/lib/i18n/strings.ts, as public/lang.js has them; not
 * imported, so that vite.config.ts loads no app module; scripts/lang-html.test.ts keeps them equal).
 */
export const TITLES = {
  es: 'Atlas de las protestas en el Perú · Peru Protest Atlas',
  en: 'Peru Protest Atlas · Atlas de las protestas en el Perú',
} as const;

/** index.html as served for `lang`: the root element's lang and the title the app writes (public/lang.js). */
export function htmlInLang(html: string, lang: 'es' | 'en'): string {
  const title = TITLES[lang];
  return html
    .replace(/<html lang="[a-z-]+"/, `<html lang="${lang}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`);
}

/** After the build: writes dist/index.en.html from dist/index.html. */
export function writeEnglishHtml(outDir: string) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  writeFileSync(join(outDir, ENGLISH_HTML), htmlInLang(html, 'en'));
}

/**
 * Middleware: a request for the page (a path ending in "/" or "/index.html") with lang=en in its query gets
 * index.en.html; the query is kept, the address bar does not change.
 */
export const langRewrite: Connect.NextHandleFunction = (req, _res, next) => {
  const [path, query = ''] = (req.url ?? '').split('?', 2) as [string, string?];
  if (new URLSearchParams(query).get('lang') === 'en' && /\/(index\.html)?$/.test(path))
    req.url = `${path.replace(/index\.html$/, '')}${ENGLISH_HTML}?${query}`;
  next();
};
