/**
 * The one write to the address bar. `history.replaceState` can throw — Safari past ~100 calls in 30 s, some
 * sandboxed or opaque-origin frames, a document being unloaded — and a URL that cannot be updated must never take
 * the atlas down with it: the view stays as it is, and the next change tries again.
 */
export function replaceSearch(search: string, loc: Location = location, hist: History = history): boolean {
  if (search === loc.search) return true;
  try {
    hist.replaceState(hist.state, '', search + loc.hash || loc.pathname);
    return true;
  } catch {
    return false;
  }
}
