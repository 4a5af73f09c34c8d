/**
 * The one write to the address bar. `history.replaceState` can throw — Safari past ~100 calls in 30 s, some
 * sandboxed or opaque-origin frames, a document being unloaded — and a URL that cannot be updated must never take
 * the atlas down with it: the view stays as it is, and the next change tries again.
 */
export function replaceSearch(search: string, loc: Location = location, hist: History = history): boolean {
  if (search === loc.search) return true;
  try {
    // A full path: a bare "#hash" (search '' with a hash) would resolve against the old query and keep it.
    hist.replaceState(hist.state, '', loc.pathname + search + loc.hash);
    return true;
  } catch {
    return false;
  }
}

/**
 * A discrete step (opening an event, a story step, switching data) adds a history entry so that Back undoes it;
 * same guard as replaceSearch.
 */
export function pushSearch(search: string, loc: Location = location, hist: History = history): boolean {
  if (search === loc.search) return true;
  try {
    hist.pushState(null, '', loc.pathname + search + loc.hash);
    return true;
  } catch {
    return false;
  }
}
