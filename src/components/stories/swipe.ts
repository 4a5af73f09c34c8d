/**
 * A horizontal swipe on an element, as a Svelte attachment: a touch or pen stroke that travels at least 48 px
 * sideways and clearly more sideways than up or down calls onleft/onright. Vertical strokes are left to the page
 * (the element sets touch-action: pan-y), so a reader scrolling past never changes the step by accident; mouse
 * drags are ignored (text selection).
 */
const MIN_DX = 48;

export function swipe(handlers: { onleft: () => void; onright: () => void }) {
  return (node: HTMLElement) => {
    let start: { x: number; y: number; id: number } | null = null;
    const down = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' || !e.isPrimary) return;
      start = { x: e.clientX, y: e.clientY, id: e.pointerId };
    };
    const up = (e: PointerEvent) => {
      if (!start || e.pointerId !== start.id) return;
      const dx = e.clientX - start.x;
      const dy = e.clientY - start.y;
      start = null;
      if (Math.abs(dx) < MIN_DX || Math.abs(dx) < 1.5 * Math.abs(dy)) return;
      if (dx < 0) handlers.onleft();
      else handlers.onright();
    };
    const cancel = () => (start = null);
    node.addEventListener('pointerdown', down);
    node.addEventListener('pointerup', up);
    node.addEventListener('pointercancel', cancel);
    return () => {
      node.removeEventListener('pointerdown', down);
      node.removeEventListener('pointerup', up);
      node.removeEventListener('pointercancel', cancel);
    };
  };
}
