import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MERCATOR_ONLY_FACTORY,
  UNUSED_SHADERS,
  UNUSED_WITH_OWN_STYLE,
  hasTopLevelStatements,
  packageVersionOnly,
  stubModule,
  withoutShaders,
} from './maplibre-source';
import { buildStyle } from '../src/lib/map/style';

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

describe('modules left out with the atlas’s own style', () => {
  it('are layer types and sources the atlas’s style never uses', () => {
    const style = buildStyle({ lang: 'es', geoUrl: (f) => `/geo/${f}`, fonts: { regular: 'r', bold: 'b' } });
    // Layers the app adds at run time (RegionsLayer, StoryHighlights, the events collision layer, EventsLayer's
    // custom layer) are fill, line, circle, symbol and custom: the same kinds.
    const kept = new Set(['background', 'fill', 'line', 'symbol', 'circle']);
    for (const layer of style.layers) expect(kept.has(layer.type), layer.id).toBe(true);
    for (const [id, source] of Object.entries(style.sources)) expect(source.type, id).toBe('geojson');
    expect(style.terrain).toBeUndefined();
    // Nor does the map use the `hash` option (ui/hash is stubbed): the atlas keeps its own URL state.
    expect(readFileSync('src/components/map/MapView.svelte', 'utf8')).not.toMatch(/\bhash\s*:/);
    for (const path of UNUSED_WITH_OWN_STYLE) {
      expect(existsSync(`${SRC}/${path}.ts`), path).toBe(true);
      const type = /style_layer\/(\w+)_style_layer$/.exec(path)?.[1]?.replace(/_/g, '-');
      if (type) expect(kept.has(type), path).toBe(false);
    }
  });

  it('each stub has the module’s value exports; layer-type tests still answer, anything else throws naming the file', async () => {
    for (const path of UNUSED_WITH_OWN_STYLE) {
      const original = readFileSync(`${SRC}/${path}.ts`, 'utf8');
      const stub = stubModule(original, path);
      const names = [
        ...[...original.matchAll(/^export\s+(?:abstract\s+)?(?:const|let|function|class)\s+([\w$]+)/gm)].map(
          (m) => m[1]!,
        ),
        ...[...original.matchAll(/^export\s*\{([^}]*)\}/gm)].flatMap((m) =>
          m[1]!
            .split(',')
            .map((p) => p.trim())
            .filter((p) => p && !p.startsWith('type '))
            .map((p) => p.split(/\s+as\s+/).pop()!),
        ),
      ];
      expect(names.length, path).toBeGreaterThan(0);
      // The stub is plain JS apart from the `is…StyleLayer` type predicates: strip those annotations to run it.
      const js = stub.replace(/\(layer: \w+\): layer is \w+ =>/g, '(layer) =>');
      const mod = (await import(`data:text/javascript,${encodeURIComponent(js)}`)) as Record<string, unknown>;
      for (const name of names) {
        const value = mod[name];
        expect(value, `${path}: ${name}`).toBeDefined();
        if (/^is\w+StyleLayer$/.test(name)) {
          const type = /layer\.type === '([\w-]+)'/.exec(stub)![1]!;
          expect((value as (l: { type: string }) => boolean)({ type }), name).toBe(true);
          expect((value as (l: { type: string }) => boolean)({ type: 'fill' }), name).toBe(false);
        } else if (typeof value === 'function') {
          expect(() => new (value as new () => unknown)(), `${path}: ${name}`).toThrow(path);
        }
      }
    }
  });

  it('shaders.ts loses only the unused programs', () => {
    const original = readFileSync(`${SRC}/shaders/shaders.ts`, 'utf8');
    const trimmed = withoutShaders(original, UNUSED_SHADERS);
    const entries = (text: string) => [...text.matchAll(/^\s*(\w+): prepare\(/gm)].map((m) => m[1]!);
    expect(entries(trimmed).sort()).toEqual(
      entries(original)
        .filter((e) => !UNUSED_SHADERS.includes(e))
        .sort(),
    );
    for (const used of ['prelude', 'projectionMercator', 'background', 'fill', 'line', 'circle', 'symbolSDF'])
      expect(entries(trimmed)).toContain(used);
    // Every GLSL import left is still used, and every one used is still imported.
    for (const m of trimmed.matchAll(/^import (\w+) from/gm))
      expect(trimmed.split(m[1]!).length, m[1]).toBeGreaterThan(2);
    expect(() => withoutShaders(original, ['noSuchProgram'])).toThrow(/noSuchProgram/);
  });
});
