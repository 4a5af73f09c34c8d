/**
 * The HTTP response headers the atlas is meant to be served with — the one list. `vite preview` (`npm start` and
 * the browser tests) sends exactly these, the build writes them to `dist/_headers` for Netlify / Cloudflare Pages,
 * and the README's nginx, Apache and `_headers` snippets are generated from here (a unit test keeps them equal).
 *
 * What the policy allows, and why:
 * - Scripts only from the atlas's own origin: no inline script, no eval (the build has neither).
 * - `style-src 'unsafe-inline'`: the app and MapLibre set `style` attributes (Svelte's `style:` directives and
 *   static `style="…"` in templates, MapLibre's canvas and marker sizes). Inline *style* cannot run code; inline
 *   script stays forbidden.
 * - `img-src data: blob:`: MapLibre's control icons are `data:` SVGs in its stylesheet; `blob:` for images it
 *   decodes.
 * - `worker-src 'self' blob: data:`: MapLibre's worker is a same-origin file; from an opaque origin (an iframe
 *   with `sandbox="allow-scripts"` and no `allow-same-origin`) a same-origin `new Worker(url)` throws, so MapLibre
 *   fetches the script and starts it from a `data:` URL, and src/lib/map/worker-url.ts from a `blob:` URL.
 * - `connect-src 'self'`: the data and geography files are the atlas's own.
 * - `frame-ancestors *`: embedding in any page is intended (so no X-Frame-Options either).
 * - `Access-Control-Allow-Origin: *` and `Cross-Origin-Resource-Policy: cross-origin`: a sandboxed frame has an
 *   opaque origin ("null"), so its module scripts, stylesheet, fonts, data and geography files are cross-origin
 *   CORS requests to the atlas's own server; the files are public, and no cookie or credential is involved.
 */

export interface HeaderOptions {
  /** Add Strict-Transport-Security (only meaningful, and only sent by browsers' rules, over HTTPS). */
  https?: boolean;
  /**
   * Extra origins the page may fetch from and draw images of, e.g. a hosted basemap's style, tile and glyph
   * servers when the build uses VITE_BASEMAP_STYLE_URL.
   */
  extraOrigins?: readonly string[];
}

export const CSP_DIRECTIVES: readonly (readonly [string, readonly string[]])[] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['worker-src', ["'self'", 'blob:', 'data:']],
  ['child-src', ["'self'", 'blob:', 'data:']],
  ['manifest-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'none'"]],
  ['frame-ancestors', ['*']],
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
