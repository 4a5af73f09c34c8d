/**
 * Attachment for a header menu (a <details> whose `.menu` box hangs from its summary, aligned to one of its
 * edges): while open, the box is moved sideways so that it stays inside the window with an 8 px margin, wherever
 * the summary sits in the wrapped header and whatever the width. Its `left` is set through the CSSOM (as the CSP
 * allows); not a transform, which would still widen the page's scrollable area in Chromium. Issue 7: the Stories
 * menu opened off the left edge on phones and at 761–1024 px, the Download menu past the right edge at 320–375 px.
 */
const MARGIN = 8;

export function menuFits(details: HTMLDetailsElement) {
  const fit = () => {
    const menu = details.querySelector<HTMLElement>(':scope > .menu');
    if (!menu || !details.open) return;
    menu.style.left = menu.style.right = '';
    const r = menu.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    // Past an edge: placed from the left of its summary's box (the containing block) so that it fits, never
    // before the left margin (a box wider than the window keeps its start in view).
    const left = Math.max(MARGIN, Math.min(r.left, width - MARGIN - r.width));
    if (Math.abs(left - r.left) < 0.5) return;
    menu.style.right = 'auto';
    menu.style.left = `${Math.round(left - details.getBoundingClientRect().left)}px`;
  };
  // The box's size is known before the frame it first shows in (and again when its content arrives).
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(fit);
  const menu = details.querySelector<HTMLElement>(':scope > .menu');
  if (menu) observer?.observe(menu);
  details.addEventListener('toggle', fit);
  window.addEventListener('resize', fit);
  return () => {
    observer?.disconnect();
    details.removeEventListener('toggle', fit);
    window.removeEventListener('resize', fit);
  };
}
