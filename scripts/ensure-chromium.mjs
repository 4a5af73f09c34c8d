#!/usr/bin/env node
// Makes sure Debian's Chromium is there for the real-browser tests (Playwright never downloads its own).
// Root on Debian: installs the `chromium` package. Anyone else: one line saying what to run.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = candidates.find((p) => existsSync(p));
if (found) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('Chromium not found: installing Debian package "chromium" for the browser tests…');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  } catch {
    console.error('Installing chromium failed. Run: apt-get update && apt-get install -y chromium');
    process.exit(1);
  }
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}
console.error(
  'Chromium is required for the browser tests: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH), then `npm test` again.',
);
process.exit(1);
