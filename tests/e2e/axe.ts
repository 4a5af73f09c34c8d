/**
 * axe-core (the npm package) run inside the page by Playwright: the WCAG 2.x A and AA rules, 2.2 included.
 * The engine is evaluated through the DevTools protocol (page.evaluate), not injected as a <script>, so the
 * page's Content-Security-Policy (no inline script) neither blocks it nor reports a violation.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; summary: string }[];
}

/** Violations of WCAG 2.2 A/AA on the page as it is now (an empty array when it passes). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const res = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return res.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target as string[],
        summary: (n as unknown as { failureSummary: string }).failureSummary,
      })),
    }));
  }, WCAG_TAGS);
}

/** One line per violation and node, for a readable assertion failure. */
export function describeViolations(v: readonly AxeViolation[]): string[] {
  return v.flatMap((x) =>
    x.nodes.map((n) => `${x.id} (${x.impact}): ${x.help} — ${n.target.join(' ')}: ${n.summary.replace(/\s+/g, ' ')}`),
  );
}
