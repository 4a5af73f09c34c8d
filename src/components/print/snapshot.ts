/**
 * The bridge between the map and the printed page (issue 6). A WebGL canvas prints blank unless it keeps its
 * drawing buffer, which costs every frame; instead the map registers a function that redraws it synchronously
 * (twice the pixels for paper) and reads the frame into a PNG, and the print view calls it on `beforeprint`.
 * One atlas per page, so one registered map.
 */
export interface MapSnapshot {
  src: string;
  width: number;
  height: number;
}

let source: (() => MapSnapshot | null) | null = null;

/** Register the map's snapshot function; returns the function that unregisters it. */
export function provideMapSnapshot(fn: () => MapSnapshot | null): () => void {
  source = fn;
  return () => {
    if (source === fn) source = null;
  };
}

/** The map as an image now, or null (no map, no WebGL, a canvas the browser refuses to read). */
export function takeMapSnapshot(): MapSnapshot | null {
  try {
    return source?.() ?? null;
  } catch {
    return null;
  }
}
