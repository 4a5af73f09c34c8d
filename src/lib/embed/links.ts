/**
 * Links between the embed and the full atlas, and the HTML a newsroom pastes into its article (issue 6).
 *
 * An embed's address carries, besides the view, parameters that only make sense inside a frame: `embed=1` and
 * those pym.js adds to the iframe it builds (`initialWidth`, `childId`, `parentTitle`, `parentUrl`). The link
 * to the full atlas drops them all; the embed code keeps `embed=1` and drops pym's (pym adds its own).
 */

/** Query parameters pym.Parent appends to a child's URL (nprapps/pym.js src/pym.js, `_constructIframe`). */
export const PYM_PARAMS = ['initialWidth', 'childId', 'parentTitle', 'parentUrl'] as const;

function withParams(href: string, search: string, embed: boolean): string {
  const url = new URL(href);
  const params = new URLSearchParams(search);
  for (const p of PYM_PARAMS) params.delete(p);
  params.delete('embed');
  if (embed) params.set('embed', '1');
  const s = params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',');
  url.search = s ? `?${s}` : '';
  url.hash = '';
  return url.href;
}

/** The full atlas showing the same view: `href` is the page's address, `search` the view's query string. */
export function fullAtlasHref(href: string, search: string): string {
  return withParams(href, search, false);
}

/** The embed's address for the same view (`embed=1`, no pym parameters). */
export function embedHref(href: string, search: string): string {
  return withParams(href, search, true);
}

/** The host-side resizer script that ships beside the atlas (public/embed.js), for the page at `href`. */
export function resizerScriptHref(href: string): string {
  return new URL('embed.js', href).href;
}

/** Escapes text for an HTML attribute value in double quotes. */
export function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface FrameCode {
  /** The embed's address (embedHref). */
  src: string;
  /** The frame's accessible name (what a screen reader announces). */
  title: string;
  /** Height in CSS pixels for a plain frame. */
  height: number;
}

/**
 * A plain iframe, 100 % wide, with a fixed height: for content systems that strip scripts. `loading="lazy"`:
 * an atlas below the fold costs the article nothing until the reader gets there.
 */
export function iframeCode({ src, title, height }: FrameCode): string {
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${Math.round(height)}" ` +
    `style="width:100%;border:0" loading="lazy"></iframe>`
  );
}

/**
 * The same iframe marked for the resizer, and the resizer script: the frame takes the height the atlas asks for
 * at whatever width the article gives it.
 */
export function responsiveCode(frame: FrameCode, scriptSrc: string): string {
  return (
    `<iframe src="${attr(frame.src)}" title="${attr(frame.title)}" width="100%" height="${Math.round(frame.height)}" ` +
    `style="width:100%;border:0" loading="lazy" data-peru-protest-atlas></iframe>\n` +
    `<script async src="${attr(scriptSrc)}"></script>`
  );
}
