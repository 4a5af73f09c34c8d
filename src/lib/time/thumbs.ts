/**
 * Where the range slider's two thumbs sit (RangeSlider.svelte): each is a box `size` px wide (44 px, a finger's
 * target) around its edge of the range, kept inside the chart so it never widens the page. When the two edges are
 * closer than one box, centred boxes would overlap and one would hide part of the other (WCAG 2.2, 2.5.8: a target
 * must not be obscured): the boxes then sit side by side, meeting halfway between the edges, the start's on the
 * left. Pure geometry in CSS px.
 */

export interface ThumbBoxes {
  /** Left edge of the start thumb's box and of the end thumb's box. */
  start: number;
  end: number;
}

/**
 * @param startX px of the range's start edge, endX px of its end edge (endX ≥ startX)
 * @param width the chart's width (boxes stay within 0 … width)
 * @param size a box's width
 */
export function thumbBoxes(startX: number, endX: number, width: number, size = 44): ThumbBoxes {
  const clamp = (left: number, lo: number, hi: number) => Math.min(Math.max(left, lo), hi);
  if (endX - startX >= size) {
    return { start: clamp(startX - size / 2, 0, width - size), end: clamp(endX - size / 2, 0, width - size) };
  }
  // Side by side around the midpoint, the pair kept inside the chart.
  const pair = clamp((startX + endX) / 2 - size, 0, Math.max(0, width - 2 * size));
  return { start: pair, end: pair + size };
}
