/** Whether this browser can run MapLibre 6 (WebGL2 only). Checked before creating the map so the failure is a message, not a crash. */
export function supportsWebGL2(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    return !!canvas.getContext('webgl2');
  } catch {
    return false;
  }
}
