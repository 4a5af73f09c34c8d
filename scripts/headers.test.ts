import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { basemapOrigins, contentSecurityPolicy, headersFile, readmeSnippets, securityHeaders } from './headers';

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
      .map(([k, ...v]) => [k, v]),
  );

describe('the production headers (scripts/headers.ts)', () => {
  const csp = directives(contentSecurityPolicy());

  it('CSP: own-origin scripts only, no inline script or style, no eval; fetches to self; any page may embed', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-|\*\.|https?:/);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    // Any page may embed the atlas, http(s) or not (a CMS preview in about:blank, a local file).
    expect(csp.has('frame-ancestors')).toBe(false);
    // MapLibre's worker: its own file, or data: from an opaque-origin (sandboxed) frame, blob: from a CDN.
    expect(csp.get('worker-src')).toEqual(["'self'", 'blob:', 'data:']);
    expect(csp.get('frame-src')).toEqual(["'none'"]);
  });

  it('the other headers a static host should send, and nothing that forbids embedding', () => {
    const h = securityHeaders();
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(h['Permissions-Policy']).toMatch(/camera=\(\)/);
    expect(h['Cross-Origin-Resource-Policy']).toBe('cross-origin');
    expect(h['Access-Control-Allow-Origin']).toBe('*');
    expect(Object.keys(h).map((k) => k.toLowerCase())).not.toContain('x-frame-options');
    expect(h['Strict-Transport-Security']).toBeUndefined();
    expect(securityHeaders({ https: true })['Strict-Transport-Security']).toMatch(/max-age=\d+/);
  });

  it('a hosted basemap origin is allowed for fetches and images only', () => {
    const origins = basemapOrigins(' https://tiles.example.org/styles/liberty.json ');
    expect(origins).toEqual(['https://tiles.example.org']);
    const d = directives(contentSecurityPolicy({ extraOrigins: origins }));
    expect(d.get('connect-src')).toEqual(["'self'", 'https://tiles.example.org']);
    expect(d.get('img-src')).toContain('https://tiles.example.org');
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(basemapOrigins(undefined)).toEqual([]);
    expect(basemapOrigins('not a url')).toEqual([]);
  });

  it('dist/_headers covers every path', () => {
    expect(headersFile().split('\n')[0]).toBe('/*');
    expect(headersFile()).toContain(`  Content-Security-Policy: ${contentSecurityPolicy()}\n`);
  });

  it('the README documents exactly these headers for nginx, Apache and a CDN (`npx tsx scripts/headers.ts`)', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const { lang, text } of readmeSnippets())
      expect(readme, `README § Deploying: paste the ${lang} block printed by npx tsx scripts/headers.ts`).toContain(
        '```' + lang + '\n' + text + '```',
      );
  });
});
