import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';

/** The page's colour tokens, read from the stylesheet every component uses. */
const css = readFileSync('src/app.css', 'utf8');
const token = (name: string) => {
  const m = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(css);
  if (!m) throw new Error(`--${name} not found in src/app.css`);
  return m[1]!;
};

describe('text colours (WCAG 1.4.3, 4.5:1 for body text)', () => {
  it.each(['ink', 'ink-2', 'ink-3', 'accent', 'death'])('--%s on the page and on the tinted panels', (name) => {
    for (const bg of ['paper', 'paper-2']) expect(contrastRatio(token(name), token(bg))).toBeGreaterThanOrEqual(4.5);
  });

  it('the focus outline reaches 3:1 against the page (WCAG 1.4.11)', () => {
    expect(contrastRatio(token('focus'), token('paper'))).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(token('focus'), token('paper-2'))).toBeGreaterThanOrEqual(3);
  });
});
