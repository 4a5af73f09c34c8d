#!/usr/bin/env node
// Makes sure Debian's Chromium is there for the real-browser tests (Playwright never downloads its own), and
// Debian's poppler-utils (pdftoppm, pdftotext, pdfinfo), with which the print tests turn the PDFs Chromium prints
// into images and text (issue 6). Root on Debian: installs the missing packages. Anyone else: one line saying what
// to run.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const missing = [];
if (!candidates.some((p) => existsSync(p))) missing.push('chromium');
if (!existsSync('/usr/bin/pdftoppm') || !existsSync('/usr/bin/pdftotext')) missing.push('poppler-utils');
if (!missing.length) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log(`Not found: installing Debian package(s) ${missing.join(', ')} for the browser tests…`);
  try {
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, {
      stdio: 'inherit',
    });
  } catch {
    console.error(
      `Installing ${missing.join(', ')} failed. Run: apt-get update && apt-get install -y ${missing.join(' ')}`,
    );
    process.exit(1);
  }
  const chromium = candidates.some((p) => existsSync(p)) || existsSync('/usr/bin/chromium');
  if (chromium && existsSync('/usr/bin/pdftoppm')) process.exit(0);
}
console.error(
  `The browser tests need Debian's ${missing.join(' and ')}: run \`sudo apt-get install -y ${missing.join(' ')}\` (or set CHROMIUM_PATH for Chromium), then \`npm test\` again.`,
);
process.exit(1);
