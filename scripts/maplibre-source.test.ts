import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MERCATOR_ONLY_FACTORY, hasTopLevelStatements, packageVersionOnly } from './maplibre-source';

const SRC = 'node_modules/maplibre-gl/src';
const sources = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts') && !/\.(test|bench)\.ts$/.test(f))
  .map((f) => ({ file: f, text: readFileSync(join(SRC, f), 'utf8') }));

describe('maplibre-gl from source: which modules keep their side effects', () => {
  it('keeps every module that registers classes for the worker transfer, or else tiles fail to deserialize', () => {
    const registering = sources.filter((s) => /^\s*register\(/m.test(s.text));
    expect(registering.length).toBeGreaterThan(10);
    for (const s of registering) expect(hasTopLevelStatements(s.text), s.file).toBe(true);
  });

  it('drops the mark from pure modules (declarations only)', () => {
    expect(
      hasTopLevelStatements("import {a} from './a';\nexport const b = a(1);\nexport function c() {\n  d();\n}\n"),
    ).toBe(false);
    expect(hasTopLevelStatements("import {X} from './x';\nregister('X', X);\n")).toBe(true);
    expect(hasTopLevelStatements('class A {}\nA.shared = new A();\n')).toBe(true);
    const pure = sources.filter((s) => !hasTopLevelStatements(s.text));
    expect(pure.length).toBeGreaterThan(sources.length / 2);
  });
});

describe('packageVersionOnly', () => {
  it('keeps only the version of MapLibre’s package.json', () => {
    expect(packageVersionOnly('{"name":"maplibre-gl","version":"6.17.0","description":"long"}')).toBe(
      'export default {"version":"6.17.0"};',
    );
  });
});

describe('MERCATOR_ONLY_FACTORY', () => {
  it('exports what MapLibre’s projection_factory.ts exports, and imports only files that exist beside it', () => {
    const dir = `${SRC}/geo/projection`;
    const original = readFileSync(`${dir}/projection_factory.ts`, 'utf8');
    const exported = (text: string) => [...text.matchAll(/^export function (\w+)/gm)].map((m) => m[1]).sort();
    expect(exported(MERCATOR_ONLY_FACTORY)).toEqual(exported(original));
    for (const m of MERCATOR_ONLY_FACTORY.matchAll(/from '(\.[^']+)'/g))
      expect(existsSync(join(dir, m[1]!)), m[1]).toBe(true);
  });
});
