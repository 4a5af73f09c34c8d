/**
 * The HTTP response headers the atlas is meant to be served with — the one list. `vite preview` (`npm start` and
 * the browser tests) sends exactly these, the build writes them to `dist/_headers` for Netlify / Cloudflare Pages,
 * and the README's nginx, Apache and `_headers` snippets are generated from here (a unit test keeps them equal).
 *
 * What the policy allows, and why:
 * - Scripts and styles only from the atlas's own origin: no inline script, no eval, no inline style. (Svelte's
 *   `style:` directives and MapLibre set styles through the CSSOM — element.style — which CSP does not restrict;
 *   a static `style="…"` attribute in a component template would be blocked, and the browser tests would report
 *   the violation.)
 * - `img-src data: blob:`: MapLibre's control icons are `data:` SVGs in its stylesheet; `blob:` for images it
 *   decodes (a hosted basemap's raster tiles).
 * - `worker-src 'self' blob: data:`: MapLibre's worker is a same-origin file. From an opaque origin (an iframe
 *   with `sandbox="allow-scripts"` and no `allow-same-origin`) a same-origin `new Worker(url)` is refused, and
 *   MapLibre ≥ 6 itself fetches the script and starts it from a `data:` URL (Chrome will not start a module
 *   worker from a `blob:` URL there); `blob:` is what it uses when the worker file is on another origin (a CDN).
 *   `child-src` repeats this for browsers that predate `worker-src`; `frame-src 'none'` keeps it off frames.
 * - `connect-src 'self'`: the data and geography files are the atlas's own (MapLibre's worker fetches them too).
 * - No `frame-ancestors` (and no X-Frame-Options): embedding in any page is intended. `frame-ancestors *` would
 *   still refuse hosts that are not http(s) — a CMS preview in an `about:blank` or `srcdoc` frame, a page opened
 *   from a file — so the directive is left out, which allows every ancestor.
 * - `Access-Control-Allow-Origin: *` and `Cross-Origin-Resource-Policy: cross-origin`: a sandboxed frame has an
 *   opaque origin ("null"), so its module script, stylesheet, fonts, data and geography files are CORS requests
 *   to the atlas's own server; the files are public, and no cookie or credential is involved.
 * - `Cross-Origin-Opener-Policy: same-origin`: a page that opens the atlas in a new window gets no handle on it
 *   (it does not apply inside iframes, so embeds are unaffected).
 */

export interface HeaderOptions {
  /** Add Strict-Transport-Security (for a site served over HTTPS; browsers ignore it over plain HTTP). */
  https?: boolean;
  /**
   * Extra origins the page may fetch from and draw images of, e.g. a hosted basemap's style, tile and glyph
   * servers when the build uses VITE_BASEMAP_STYLE_URL.
   */
  extraOrigins?: readonly string[];
}

/** The origin of a hosted basemap style (VITE_BASEMAP_STYLE_URL), which the policy must then allow; none if unset. */
export function basemapOrigins(styleUrl: string | undefined): string[] {
  if (!styleUrl?.trim()) return [];
  try {
    return [new URL(styleUrl.trim()).origin];
  } catch {
    return [];
  }
}

export const CSP_DIRECTIVES: readonly (readonly [string, readonly string[]])[] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['worker-src', ["'self'", 'blob:', 'data:']],
  ['child-src', ["'self'", 'blob:', 'data:']],
  ['frame-src', ["'none'"]],
  ['manifest-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'none'"]],
];

export function contentSecurityPolicy(opts: HeaderOptions = {}): string {
  const extra = opts.extraOrigins ?? [];
  return CSP_DIRECTIVES.map(([name, values]) => {
    const all = name === 'connect-src' || name === 'img-src' ? [...values, ...extra] : values;
    return `${name} ${all.join(' ')}`;
  }).join('; ');
}

/** Header name → value, in the order they are documented. */
export function securityHeaders(opts: HeaderOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(opts),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy':
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    'Cross-Origin-Resource-Policy': 'cross-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Access-Control-Allow-Origin': '*',
    ...(opts.https ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
  };
}

/** Netlify / Cloudflare Pages `_headers` file: every path of the site. */
export function headersFile(opts: HeaderOptions = { https: true }): string {
  const lines = Object.entries(securityHeaders(opts)).map(([k, v]) => `  ${k}: ${v}`);
  return ['/*', ...lines].join('\n') + '\n';
}

/** nginx: inside the `location` (or `server`) block that serves dist/. */
export function nginxConfig(opts: HeaderOptions = { https: true }): string {
  return (
    Object.entries(securityHeaders(opts))
      .map(([k, v]) => `add_header ${k} "${v}" always;`)
      .join('\n') + '\n'
  );
}

/** Apache: in the virtual host or in dist/.htaccess (needs mod_headers). */
export function apacheConfig(opts: HeaderOptions = { https: true }): string {
  const lines = Object.entries(securityHeaders(opts)).map(([k, v]) => `  Header always set ${k} "${v}"`);
  return ['<IfModule mod_headers.c>', ...lines, '</IfModule>'].join('\n') + '\n';
}

/** The README's § Deploying snippets, in order (`npx tsx scripts/headers.ts` prints them to paste). */
export function readmeSnippets(): { lang: string; text: string }[] {
  return [
    { lang: 'nginx', text: nginxConfig() },
    { lang: 'apache', text: apacheConfig() },
    { lang: 'text', text: headersFile() },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const s of readmeSnippets()) console.log('```' + s.lang + '\n' + s.text + '```\n');
}
