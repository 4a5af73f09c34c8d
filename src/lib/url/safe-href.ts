/**
 * The only way a URL from the data becomes a link. Parsed with the WHATWG URL parser — the one the browser uses
 * to follow the link, so what is checked is what would be opened (it strips the tabs, newlines and leading
 * control characters that hide `java\tscript:` from naive checks). Only absolute `https:` and `http:` URLs with a
 * host pass, returned normalised; `javascript:`, `data:`, `vbscript:`, `file:`, `blob:`, relative and
 * protocol-relative paths, URLs carrying a user name or password (`https://trusted.example@evil.example/` shows
 * one host and opens another) and anything malformed give null: the caller shows the text without a link.
 */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > 4096) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (!parsed.hostname || parsed.username || parsed.password) return null;
  return parsed.href;
}

/** What every outside link the atlas renders carries: a new tab that cannot reach back, and no referrer. */
export const EXTERNAL_LINK_REL = 'noopener noreferrer';
