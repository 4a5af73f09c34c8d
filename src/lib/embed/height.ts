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
 * measures lane at its tallest, all categories on), the toll note, the credit line(s). Two tables, since targets
 * are sized for fingers on touch screens (44 px, components/a11y/fingers.ts) and to 24 px otherwise (issue 7).
 * Measured in Chromium with the Noto Sans the atlas bundles, in both languages, in a fresh page at each width
 * (every 20 px from 320 to 780, at each breakpoint ±1, and up to 1000), as the embed's height minus its map's, with
 * the issue 7 and issue 10 work merged (30 Nov 2026, scripts/dev/embed-chrome.ts); the larger language's figure,
 * rounded up by 4 px:
 *   pointer   < 460   < 520   < 606   < 740   < 750   < 780   wider
 *   fine        472     396     381     445     432     398     398   (title on two lines below 460; counts wrap
 *   touch       524     471     456     520     471     471     456    below 520 and, in Spanish, below 750 — 780 on
 *                                                                      touch — on one header row)
 * The timeline turns compact when it is under 600 px, i.e. frames under 606 px (its pane's padding).
 * Since then the cumulative toll band grew (issue 8: a legible plot with gridlines, the Defensoría's figure on a
 * row of its own when compact): 37 px taller in the compact timeline, 24 px in the wide one (layout.ts), added
 * to the heights below, and re-measured after that change with the same script (320–1000 px, both languages, both
 * pointers): each band's figure is again the measured one rounded up by 4 px.
 * Issue 8 (timeline tester): the toll note's summary is one text (its key kept with its first word) at a normal
 * line height, so that on touch screens under 460 px its two lines take 32 px instead of two 24 px flex rows: that
 * band re-measured the same way (543 px in both languages, 320 and 375 px); the timeline's bands kept their heights.
 */
const CHROME: Readonly<Record<'fine' | 'touch', readonly { below: number; height: number }[]>> = {
  fine: [
    { below: 460, height: 513 },
    { below: 520, height: 437 },
    { below: TIMELINE_COMPACT + 6, height: 422 },
    { below: EMBED_NARROW, height: 473 },
    { below: 750, height: 460 },
    { below: Infinity, height: 426 },
  ],
  touch: [
    { below: 460, height: 547 },
    { below: 520, height: 512 },
    { below: TIMELINE_COMPACT + 6, height: 497 },
    { below: EMBED_NARROW, height: 548 },
    { below: 780, height: 499 },
    { below: Infinity, height: 484 },
  ],
};

/** Map height for a width: about 4:5 on phones, flatter on wide columns, at most 440 px. */
export function embedMapHeight(width: number): number {
  const w = clampWidth(width);
  return Math.round(Math.min(440, Math.max(250, 0.45 * w + 100)));
}

/**
 * The frame height (CSS px, an integer) the embed asks for at `width`; `touch`: targets sized for fingers (a touch
 * screen, FINGERS_EMBED).
 */
export function embedHeight(width: number, touch = false): number {
  const w = clampWidth(width);
  const chrome = CHROME[touch ? 'touch' : 'fine'].find((b) => w < b.below)!.height;
  return chrome + embedMapHeight(w);
}

function clampWidth(width: number): number {
  if (!Number.isFinite(width)) return EMBED_WIDTHS.min;
  return Math.min(Math.max(Math.round(width), EMBED_WIDTHS.min), EMBED_WIDTHS.max);
}
