/**
 * The page's one polite live region, shared by context: the Announcer renders it; the map's keyboard stepping and
 * the timeline's marks say what got focus through `say()`. Nothing else in the page is a live region (the
 * counts, the range label and the play button are not), so a screen reader hears one sentence per settled change.
 */
import { getContext, setContext } from 'svelte';

export class LiveRegion {
  /** The latest immediate message and a counter, so that saying the same text twice is heard twice. */
  message = $state('');
  seq = $state(0);

  say(text: string) {
    this.message = text;
    this.seq += 1;
  }
}

const KEY = Symbol('live-region');

export function setLiveRegion(live: LiveRegion): LiveRegion {
  return setContext(KEY, live);
}

/** The live region, or one that goes nowhere when a component is rendered alone (component tests). */
export function getLiveRegion(): LiveRegion {
  return getContext<LiveRegion | undefined>(KEY) ?? new LiveRegion();
}
