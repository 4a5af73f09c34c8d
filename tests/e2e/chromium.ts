/**
 * Debian's Chromium driven by playwright-core, with the flags this machine needs for software WebGL
 * (SwiftShader) and no background networking. Shared by the browser tests (browser.ts) and the benchmark
 * (scripts/bench.ts), so both run the same browser the same way. No test-runner imports here.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p): p is string => !!p && existsSync(p),
);

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  if (!CHROMIUM)
    throw new Error('Chromium not found: apt-get install -y chromium (npm test installs it when run as root)');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
