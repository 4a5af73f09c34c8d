/**
 * Focus helpers for the things that open and close: a panel gives focus back to where the reader came from, and
 * Escape closes only the innermost open thing (a menu before the panel around it).
 */

/** Remembers the focused element when something opens, and focuses it again when that thing closes. */
export class FocusReturn {
  #el: HTMLElement | null = null;

  remember() {
    const a = typeof document === 'undefined' ? null : document.activeElement;
    this.#el = a instanceof HTMLElement && a !== document.body ? a : null;
  }

  /** Focus the remembered element if it is still in the page (else nothing); forget it either way. */
  restore(): boolean {
    const el = this.#el;
    this.#el = null;
    if (!el?.isConnected) return false;
    el.focus();
    return document.activeElement === el;
  }
}

/**
 * Focuses the first of `selectors` that matches a shown element (one with a box); true if one took focus. For a
 * panel that closes with nowhere remembered to go back to (a deep link, Back): a sensible place, never <body>.
 */
export function focusFirst(selectors: readonly string[]): boolean {
  for (const s of selectors) {
    const el = document.querySelector<HTMLElement>(s);
    if (!el || !el.getClientRects().length) continue;
    el.focus();
    if (document.activeElement === el) return true;
  }
  return false;
}

/**
 * Attachment for a <details> used as a menu or an overlay: Escape inside it closes it, puts focus on its summary
 * and is consumed (defaultPrevented), so a panel that also listens for Escape stays open.
 */
export function escapeCloses(details: HTMLDetailsElement) {
  const onkeydown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !details.open) return;
    e.preventDefault();
    e.stopPropagation();
    details.open = false;
    details.querySelector('summary')?.focus();
  };
  details.addEventListener('keydown', onkeydown);
  return () => details.removeEventListener('keydown', onkeydown);
}
