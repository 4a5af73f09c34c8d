/**
 * The height an embedded atlas asks its host page for, as a function of its width only (issue 6).
 *
 * Never measured from the content: the map fills whatever box it gets, so a height read from the page would
 * grow with the frame that was just grown, without end (the iframe-resizer bug class with full-height content,
 * davidjbradshaw/iframe-resizer issues 7, 218, 594). Instead the layout has a known height at each width: the map
 * at a width-dependent size, plus the rows around it (title and counts, timeline, credits), whose heights step
 * at the same breakpoints as the embed's CSS (EmbedLayout.svelte). If a row turns out taller than planned (a
 * reader's larger font), the map gives up the difference; nothing overflows.
 */

/** Widths the layout is designed for; narrower or wider frames get the height of the nearest end. */
export const EMBED_WIDTHS = { min: 320, max: 1200 } as const;

/** Below this width the embed's header takes two rows (EmbedLayout.svelte's `narrow`). */
export const EMBED_NARROW = 740;

/** Below this width the timeline draws its compact bands (Timeline.svelte's `compact`). */
export const TIMELINE_COMPACT = 600;

/**
 * Height of everything but the map, by width band (CSS px): header rows, the timeline with its play row (its
 * measures lane at its tallest, all categories on), the credit line(s). Measured in Chromium with the Noto Sans the
 * atlas bundles, in both languages, every 20 px from 320 to 1200, and rounded up by a few pixels:
 *   < 460 px: 359–365 (title on two lines, play row wrapped, three credit lines)
 *   < 612 px: 317–333 (compact timeline: the timeline is 12 px narrower than the frame, compact below 600)
 *   < 740 px: 345–363 (full timeline, header still on two rows)
 *   ≥ 740 px: 316     (one header row, one credit line)
 */
const CHROME: readonly { below: number; height: number }[] = [
  { below: 460, height: 372 },
  { below: TIMELINE_COMPACT + 12, height: 340 },
  { below: EMBED_NARROW, height: 370 },
  { below: Infinity, height: 322 },
];

/** Map height for a width: about 4:5 on phones, flatter on wide columns, at most 440 px. */
export function embedMapHeight(width: number): number {
  const w = clampWidth(width);
  return Math.round(Math.min(440, Math.max(250, 0.45 * w + 100)));
}

/** The frame height (CSS px, an integer) the embed asks for at `width`. */
export function embedHeight(width: number): number {
  const w = clampWidth(width);
  const chrome = CHROME.find((b) => w < b.below)!.height;
  return chrome + embedMapHeight(w);
}

function clampWidth(width: number): number {
  if (!Number.isFinite(width)) return EMBED_WIDTHS.min;
  return Math.min(Math.max(Math.round(width), EMBED_WIDTHS.min), EMBED_WIDTHS.max);
}
