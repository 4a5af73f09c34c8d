/**
 * Citations of a view of the atlas in APA (7th ed.), MLA (9th ed.) and Chicago (17th ed., notes-bibliography) style,
 * in the reader's language, with the view's permanent link, the dataset version and the access date (issue 6).
 *
 * Written as three small pure functions rather than with citation-js/citeproc: the CSL engine and its style and
 * locale files weigh far more than this app's whole JavaScript budget (330 KB gzip, mostly MapLibre), for three
 * fixed patterns of one kind of source (a versioned data set read through an interactive map). Dates go through
 * Intl. The output is a list of segments (italic or not), so a page can show the title in italics and the
 * clipboard gets plain text and HTML.
 */
import type { Lang } from '../url/url-state';

export interface Segment {
  text: string;
  italic?: boolean;
}

export interface CitationInput {
  lang: Lang;
  /** The dataset's title as published (data/meta.json). */
  title: string;
  /** The group author and publisher. */
  author: string;
  version: string;
  /** Release date of that version (YYYY-MM-DD), or null when unknown. */
  released: string | null;
  /** What the view shows, in words (describeView): "15–22 January 2023; marches; Puno". */
  view: string;
  /** The permanent link of the view (with v=). */
  url: string;
  /** When the reader consulted it. */
  accessed: Date;
  /** Zone for the access date; the reader's own by default. */
  timeZone?: string;
}

const LOCALE: Record<Lang, string> = { es: 'es', en: 'en-US' };

function longDate(d: Date, lang: Lang, timeZone?: string): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone }).format(d);
}

/** MLA's day-month-year with months of more than four letters abbreviated ("30 Nov. 2026", "4 Sept. 2026"). */
function mlaDate(d: Date, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone })
    .formatToParts(d)
    .reduce<Record<string, string>>((o, p) => ((o[p.type] = p.value), o), {});
  const m = parts.month!;
  const month = m.length <= 4 ? m : m === 'September' ? 'Sept.' : `${m.slice(0, 3)}.`;
  return `${parts.day} ${month} ${parts.year}`;
}

function releasedDate(c: CitationInput): Date | null {
  return c.released ? new Date(`${c.released}T12:00:00Z`) : null;
}

function year(c: CitationInput): string {
  return c.released ? c.released.slice(0, 4) : c.lang === 'es' ? 's. f.' : 'n.d.';
}

/** A title ends with its own punctuation when it has one, else with `mark`. */
function end(text: string, mark = '.'): string {
  return /[.!?]$/.test(text) ? text : text + mark;
}

/**
 * APA 7, data set with a retrieval date (the atlas is updated, so the date says which state was read):
 * Author. (Year). *Title* (Version X) [Data set; view]. Retrieved Month D, YYYY, from URL
 */
export function citeApa(c: CitationInput): Segment[] {
  const es = c.lang === 'es';
  return [
    { text: `${end(c.author)} (${year(c)}). ` },
    { text: c.title, italic: true },
    {
      text: es
        ? ` (Versión ${c.version}) [Conjunto de datos; ${c.view}]. Recuperado el ${longDate(c.accessed, 'es', c.timeZone)}, de ${c.url}`
        : ` (Version ${c.version}) [Data set; ${c.view}]. Retrieved ${longDate(c.accessed, 'en', c.timeZone)}, from ${c.url}`,
    },
  ];
}

/**
 * MLA 9: the view described in place of a title, then the container: Description. *Title*, version X, Publisher,
 * D Mon. YYYY, URL. Accessed D Mon. YYYY.
 */
export function citeMla(c: CitationInput): Segment[] {
  const es = c.lang === 'es';
  const rel = releasedDate(c);
  const published = rel ? (es ? longDate(rel, 'es', 'UTC') : mlaDate(rel, 'UTC')) : year(c);
  const accessed = es ? longDate(c.accessed, 'es', c.timeZone) : mlaDate(c.accessed, c.timeZone);
  const view = c.view.charAt(0).toUpperCase() + c.view.slice(1);
  return [
    { text: `${end(view)} ` },
    { text: c.title, italic: true },
    {
      text: es
        ? `, versión ${c.version}, ${c.author}, ${published}, ${c.url}. Consultado el ${accessed}.`
        : `, version ${c.version}, ${c.author}, ${published}, ${c.url}. Accessed ${accessed}.`,
    },
  ];
}

/**
 * Chicago 17, bibliography entry for a data set: Author. *Title*. Version X. Data set; view. Publisher, Year.
 * Accessed Month D, YYYY. URL.
 */
export function citeChicago(c: CitationInput): Segment[] {
  const es = c.lang === 'es';
  return [
    { text: `${end(c.author)} ` },
    { text: end(c.title), italic: true },
    {
      text: es
        ? ` Versión ${c.version}. Conjunto de datos; ${c.view}. ${c.author}, ${year(c)}. Consultado el ${longDate(c.accessed, 'es', c.timeZone)}. ${c.url}.`
        : ` Version ${c.version}. Data set; ${c.view}. ${c.author}, ${year(c)}. Accessed ${longDate(c.accessed, 'en', c.timeZone)}. ${c.url}.`,
    },
  ];
}

export const CITATION_STYLES = { apa: citeApa, mla: citeMla, chicago: citeChicago } as const;
export type CitationStyle = keyof typeof CITATION_STYLES;

export function toPlainText(segments: readonly Segment[]): string {
  return segments.map((s) => s.text).join('');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** HTML for the clipboard (word processors keep the italics); every text is escaped. */
export function toHtml(segments: readonly Segment[]): string {
  return segments
    .map((s) => {
      const t = s.text.replace(/[&<>"]/g, (ch) => ESCAPES[ch]!);
      return s.italic ? `<i>${t}</i>` : t;
    })
    .join('');
}
