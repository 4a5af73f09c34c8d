/**
 * When targets are sized for fingers (44 × 44 px, app.css and a few components under `html[data-fingers]`): on the
 * full page at phone widths or on a touch screen; in an embed on a touch screen only, since an embed's width is
 * the article column's, not the device's (a 640 px column on a desktop keeps its compact rows and the height
 * src/lib/embed/height.ts plans for them). A flag on <html> set from a media query, not the media query itself in
 * the CSS, so that the two layouts can differ and the embed's height can follow the same answer.
 */

export const FINGERS_PAGE = '(max-width: 760px), (pointer: coarse)';
export const FINGERS_EMBED = '(pointer: coarse)';

/**
 * Keeps `data-fingers` on the root element in step with the query for this layout (a phone turned, a window
 * resized). Call before the first render, so the first paint already has the right sizes. Returns a stop function.
 */
export function followFingers(embed: boolean, root: HTMLElement = document.documentElement): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(embed ? FINGERS_EMBED : FINGERS_PAGE);
  const sync = () => root.toggleAttribute('data-fingers', query.matches);
  sync();
  query.addEventListener('change', sync);
  return () => {
    query.removeEventListener('change', sync);
    root.removeAttribute('data-fingers');
  };
}
