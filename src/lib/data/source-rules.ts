/**
 * Rules about the sources of an event (data/sources.csv), used by the build (validate.ts):
 *
 * - which URLs are acceptable: the publisher's own, public article address, never a mirror on an unrelated
 *   domain, a development/test/staging host, a CDN origin host, a tag or listing page, a URL with a second path
 *   glued on, an explicit port, or plain http;
 * - which rows are independent publishers for the `confirmed` rule: wire copy counts once under the agency's
 *   name, the same publisher twice counts once, and compilations, aggregators and reference works never count.
 *
 * data/README.md documents both rules; change them there too.
 */
import type { SourceType } from './schema';

export type UrlProblemKind = 'mirror' | 'dev-host' | 'cdn-origin' | 'port' | 'http' | 'listing' | 'glued';

export interface UrlProblem {
  kind: UrlProblemKind;
  /** What is wrong and what to write instead. */
  message: string;
}

/** Copies of a publisher's site on an unrelated domain: the publisher's own domain is the one to cite. */
const MIRRORS: readonly { host: RegExp; publisher: string }[] = [
  { host: /(^|\.)bflnqr70\.asia$/, publisher: 'servindi.org' },
];

/** Origin or CDN hosts of a publishing platform, with the publisher's own domain when known. */
const CDN_ORIGINS: readonly [RegExp, string][] = [
  [/^elcomercio-elcomercio-/, 'elcomercio.pe'],
  [/^elcomercio-diariocorreo-/, 'diariocorreo.pe'],
  [/^elcomercio-gestion-/, 'gestion.pe'],
  [/^elcomercio-trome-/, 'trome.com'],
  [/^elcomercio-peru21-/, 'peru21.pe'],
  [/^elcomercio-depor-/, 'depor.com'],
  [/^elcomercio-ojo-/, 'ojo.pe'],
  [/^infobae-infobae-/, 'infobae.com'],
  [/^bloomberglinea-bloomberglinea-/, 'bloomberglinea.com'],
  [/^eluniversal-eluniversal-/, 'eluniversal.com.mx'],
  [/^lsw\d+\.panamericana\.pe$/, 'panamericana.pe'],
];
const CDN_HOST =
  /(\.cdn\.arcpublishing\.com|\.arc-cdn\.net|\.go-vip\.(co|net)|\.cloudfront\.net|\.wpengine(powered)?\.com|\.pantheonsite\.io|\.herokuapp\.com|\.netlify\.app|\.vercel\.app|\.azureedge\.net|\.akamaized\.net)$/;

/** A host label that marks a development, test, staging, mail or lab machine rather than the public site. */
const DEV_LABEL =
  /^(dev|devel|develop|development|test|testing|staging|stage|preprod|qa|uat|beta|sandbox|mail|webmail|lab\d*)$|(^|-)(dev|develop|development|staging|stage|test|testing|preprod|qa|uat)(-|$)/;

/** Path segments of tag, category, author, search and other listing pages (not an article). */
const LISTING_SEGMENT =
  /(^|\/)(tag|tags|etiqueta|etiquetas|category|categoria|categorias|categories|author|autor|autores|seccion|secciones|section|topic|topics|tema|temas|buscar|busqueda|search)(\/|$)/i;

/**
 * Hosts whose pages were read over plain http and for which no https address could be confirmed from the stored
 * copies (small regional sites). Every other source must be cited with https://.
 */
export const HTTP_ONLY_HOSTS: ReadonlySet<string> = new Set<string>([
  'www.informecorrientes.com',
  'puntoamerica.com',
  'www.noticiaslagaceta.com',
  'cadenalatam.com',
  'www.diarioelsoldecusco.com',
]);

/** Every problem found with a source URL (empty when it is acceptable, or when it is not a URL at all). */
export function sourceUrlProblems(raw: string): UrlProblem[] {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return []; // not a URL at all: the caller reports that
  }
  const problems: UrlProblem[] = [];
  const host = url.hostname.toLowerCase();
  const mirror = MIRRORS.find((m) => m.host.test(host));
  if (mirror) {
    problems.push({
      kind: 'mirror',
      message: `${host} is a copy of ${mirror.publisher} on an unrelated domain; cite the article on ${mirror.publisher} and say in the title that the copy read was a mirror`,
    });
  }
  const cdn = CDN_ORIGINS.find(([re]) => re.test(host));
  if (cdn || CDN_HOST.test(host)) {
    problems.push({
      kind: 'cdn-origin',
      message: `${host} is a CDN or origin server, not the publisher's site; cite the same article on ${cdn ? cdn[1] : "the publisher's own domain"}`,
    });
  }
  const dev = host
    .split('.')
    .slice(0, -1)
    .find((l) => DEV_LABEL.test(l));
  if (dev) {
    problems.push({
      kind: 'dev-host',
      message: `${host} is a development, test, staging, mail or lab host ("${dev}"); cite the article on the publisher's public site`,
    });
  }
  const port = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*?:(\d+)/i.exec(raw);
  if (port) problems.push({ kind: 'port', message: `the address names a port (":${port[1]}"); remove it` });
  const glued =
    /\/(www\.|https?:|https?%3a)/i.exec(url.pathname) ?? /(?<!\/index)\.(aspx?|html?|php|jsp)\/./i.exec(url.pathname);
  if (glued) {
    problems.push({
      kind: 'glued',
      message: `a second path is glued onto the address (at "${glued[0]}"); keep only the article's own address`,
    });
  }
  const path = url.pathname;
  if (
    LISTING_SEGMENT.test(path) ||
    /\/page\/\d+\/?$/.test(path) ||
    /^\/\d{4}(\/\d{1,2}){0,2}\/?$/.test(path) ||
    ((path === '/' || path === '') && url.search === '') ||
    url.searchParams.has('s') ||
    url.searchParams.has('random-post')
  ) {
    problems.push({
      kind: 'listing',
      message: 'this is a tag, category, archive, search or home page, not an article; cite the article itself',
    });
  }
  if (url.protocol === 'http:' && !HTTP_ONLY_HOSTS.has(host)) {
    problems.push({ kind: 'http', message: `plain http; write https://${raw.replace(/^http:\/\//i, '')}` });
  }
  return problems;
}

/** Source types that never count toward `confirmed`: they repeat or gather what others published. */
export const NON_COUNTING_TYPES: ReadonlySet<SourceType> = new Set<SourceType>([
  'compilation',
  'aggregator',
  'reference',
]);

/**
 * The publisher whose text a row carries. `Outlet (Original)` means the outlet reprinted Original's text (wire
 * copy such as "Expreso (EFE)", or a syndicated article such as "La Decana (La República)"); otherwise the
 * publisher itself.
 */
export function originalPublisher(publisher: string): string {
  const m = /^(.*\S)\s*\(([^()]+)\)\s*$/.exec(publisher.trim());
  return (m ? m[2]! : publisher).trim();
}

/** Spellings of one publisher that differ only in accents, case, spacing or punctuation collapse to one key. */
export function publisherKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** The independent publisher a row counts as for `confirmed`, or null when the row never counts. */
export function independentPublisher(publisher: string, type: SourceType): string | null {
  if (NON_COUNTING_TYPES.has(type)) return null;
  return publisherKey(originalPublisher(publisher));
}
