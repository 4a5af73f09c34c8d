/**
 * Copy text to the clipboard from a click, wherever the atlas runs. The async Clipboard API first (with an HTML
 * flavour when given, so word processors keep a citation's italics); where it is missing or refused — a sandboxed
 * iframe without clipboard permission, an http page — the element holding the text is selected and the legacy
 * copy command tried; if that fails too, the text stays selected for the reader's own Ctrl+C. Never throws.
 */
export type CopyResult = 'copied' | 'selected';

function select(el: HTMLElement) {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    el.focus();
    el.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(el);
  const sel = window.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}

export async function copyText(text: string, from: HTMLElement, html?: string): Promise<CopyResult> {
  try {
    const cb = navigator.clipboard;
    if (cb && window.isSecureContext) {
      if (html && typeof ClipboardItem !== 'undefined' && cb.write) {
        await cb.write([
          new ClipboardItem({
            'text/plain': new Blob([text], { type: 'text/plain' }),
            'text/html': new Blob([html], { type: 'text/html' }),
          }),
        ]);
      } else await cb.writeText(text);
      return 'copied';
    }
  } catch {
    // Refused (permissions policy in a frame, no focus): fall through to the selection.
  }
  try {
    select(from);
    if (document.execCommand('copy')) return 'copied';
  } catch {
    // Some browsers throw instead of returning false.
  }
  return 'selected';
}
