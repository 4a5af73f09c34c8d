/**
 * Vite plugin (build only): bundles maplibre-gl from the TypeScript sources its npm package ships
 * (`node_modules/maplibre-gl/src`, the same version as its `dist/`) instead of its pre-bundled `dist/maplibre-gl.mjs`
 * (issue 10, main-thread JS budget; docs/design.md § Speed, "Bytes").
 *
 * Why: the published ESM build is one pre-minified module, so the bundler can only drop unused top-level
 * declarations from it. From the sources it drops whole modules the page never reaches: the MapLibre Tile (MLT)
 * decoder (~17 KB gzip; the worker keeps its own copy and still decodes MLT tiles), unused controls, and code only
 * the worker needs. The worker itself stays the published `dist/maplibre-gl-worker.mjs` (MapView.svelte).
 *
 * How:
 * - the bare specifier `maplibre-gl` (value imports; types are erased) resolves to `src/index.ts`;
 * - the package marks every `src/**\/*.ts` as having side effects; here a module keeps that mark only when it has
 *   top-level statements (the worker-transfer `register(...)` calls, static assignments), so modules whose exports
 *   the page never uses are left out;
 * - the sources are compiled as MapLibre compiles them (TypeScript's `useDefineForClassFields: false`): class fields
 *   declared without an initializer are removed, or a subclass would reset `StructArray` views its base constructor
 *   set;
 * - on the main thread the MLT decoder is only reached from `FeatureIndex` when `queryRenderedFeatures` runs on
 *   an MLT-encoded vector tile; this page queries only its GeoJSON regions layer, so that import is a stub that
 *   throws a clear error if it is ever reached (e.g. by a hosted basemap of MLT tiles queried in a later change).
 *
 * Checked by tests/e2e (every browser test runs the production build) and `scripts/maplibre-source.test.ts`.
 */
import { readFileSync } from 'node:fs';
import { transformWithOxc, type Plugin } from 'vite';

const SRC = '/maplibre-gl/src/';
const MLT_STUB = '\0maplibre-mlt-stub';
const VERSION_ONLY = '\0maplibre-version';

/** A line at column 0 that is a statement, not a declaration: a call, an assignment (comments may match: safe). */
const TOP_LEVEL_STATEMENT =
  /^(?!(?:export|import|const|let|var|function|class|type|interface|enum|declare|async|abstract)\b)[A-Za-z_$][\w$.]*\s*[(=[]/m;

/** Whether a MapLibre source file runs code when it is imported (so it must stay even if no export is used). */
export function hasTopLevelStatements(source: string): boolean {
  return TOP_LEVEL_STATEMENT.test(source);
}

/**
 * MapLibre imports its package.json for `version` only; the whole file (~2 KB gzip) would be bundled. Keeps the
 * version (MapView and the worker URL read it) and nothing else.
 */
export function packageVersionOnly(json: string): string {
  const { version } = JSON.parse(json) as { version: string };
  return `export default ${JSON.stringify({ version })};`;
}

/**
 * `geo/projection/projection_factory.ts` for a page whose style never asks for another projection: Mercator and
 * projections registered with `addProjection` as in MapLibre; `globe`, `vertical-perspective` and projection
 * expressions fall back to Mercator with a warning, as MapLibre does for an unknown name. Leaves out the globe
 * and vertical-perspective transforms, projections and camera helpers (~10 KB gzip).
 */
export const MERCATOR_ONLY_FACTORY = `import {warnOnce} from '../../util/util.ts';
import {MercatorProjection} from './mercator_projection.ts';
import {createMercatorTransform} from './mercator_transform.ts';
import {MercatorCameraHelper} from './mercator_camera_helper.ts';
import {CRSWorldCoordinateHelper} from './crs.ts';
import {getRegisteredProjection} from './projection_crud.ts';

export function createProjectionFromName(name, transformConstrain, globalState) {
    const transformOptions = {constrainOverride: transformConstrain};
    const registered = typeof name === 'string' ? getRegisteredProjection(name) : undefined;
    if (registered) {
        const worldCoordinateHelper = new CRSWorldCoordinateHelper(registered);
        return {
            projection: new MercatorProjection(worldCoordinateHelper),
            transform: createMercatorTransform({...transformOptions, worldCoordinateHelper}),
            cameraHelper: new MercatorCameraHelper(),
        };
    }
    if (name !== 'mercator') warnOnce('This build of the atlas draws the Mercator projection only (scripts/maplibre-source.ts): ' + JSON.stringify(name) + ' falls back to it.');
    return {
        projection: new MercatorProjection(),
        transform: createMercatorTransform(transformOptions),
        cameraHelper: new MercatorCameraHelper(),
    };
}
`;

/**
 * MapLibre modules the atlas's own style never reaches (its layers are background, fill, line, symbol, circle and
 * one custom layer; its sources are GeoJSON; no terrain, no raster): the heatmap, hillshade, colour-relief,
 * fill-extrusion and raster layer types, the image, canvas, video, raster, raster-dem and vector tile sources,
 * terrain and render-to-texture (terrain only), with their draw functions and programs, and the `hash` option's
 * `Hash` (with `UNUSED_SHADERS`, 27 KiB gzip of main-thread JS: the shaders 5.8, the vector tile source 1.4, the
 * hash 0.8, the rest the layer types with their buckets, terrain and draw functions). Each is
 * replaced by `stubModule`: same exports, the `is…StyleLayer` type tests kept, anything else throws a clear error
 * when used. Paths relative to `maplibre-gl/src/`, without `.ts`.
 */
export const UNUSED_WITH_OWN_STYLE = [
  'style/style_layer/heatmap_style_layer',
  'style/style_layer/hillshade_style_layer',
  'style/style_layer/color_relief_style_layer',
  'style/style_layer/fill_extrusion_style_layer',
  'style/style_layer/raster_style_layer',
  'source/image_source',
  'source/canvas_source',
  'source/video_source',
  'source/raster_tile_source',
  'source/raster_dem_tile_source',
  'source/vector_tile_source',
  'render/terrain',
  'webgl/render_to_texture',
  'webgl/draw/draw_heatmap',
  'webgl/draw/draw_hillshade',
  'webgl/draw/draw_color_relief',
  'webgl/draw/draw_fill_extrusion',
  'webgl/draw/draw_raster',
  'webgl/draw/draw_terrain',
  'webgl/program/heatmap_program',
  'webgl/program/hillshade_program',
  'webgl/program/color_relief_program',
  'webgl/program/fill_extrusion_program',
  'webgl/program/raster_program',
  // The map's `hash` option (the view in location.hash): never set, the atlas keeps its own URL state.
  'ui/hash',
];

/** Shader programs of those layer types, terrain and the globe, left out of `shaders/shaders.ts`. */
export const UNUSED_SHADERS = [
  'heatmap',
  'heatmapTexture',
  'colorRelief',
  'depth',
  'fillExtrusion',
  'fillExtrusionPattern',
  'hillshadePrepare',
  'hillshade',
  'raster',
  'terrain',
  'terrainDepth',
  'terrainHeight',
  'atmosphere',
  'projectionGlobe',
];

/**
 * A module with the same value exports as `source` (a MapLibre TypeScript module) that never runs its code: a
 * one-line `export const isXStyleLayer = (…) => layer.type === '…'` is kept as is (the painter and the style call
 * them for every layer); a string constant is kept; every other export is a class whose construction (or call)
 * throws an error naming `path`.
 */
export function stubModule(source: string, path: string): string {
  const error = JSON.stringify(
    `${path} is left out of this build of the atlas (scripts/maplibre-source.ts): its style uses no such layer, source or terrain`,
  );
  const out = [`const unused = () => { throw new Error(${error}); };`];
  for (const m of source.matchAll(/^export\s+(?:abstract\s+)?(const|let|function|class)\s+([A-Za-z_$][\w$]*)(.*)$/gm)) {
    const [line, , name, rest] = m as unknown as [string, string, string, string];
    if (/^is\w+StyleLayer$/.test(name) && /=>\s*layer\.type === '[\w-]+';\s*$/.test(rest)) out.push(line);
    else if (/^\s*=\s*'[^']*';\s*$/.test(rest)) out.push(line);
    else out.push(`export class ${name} { constructor() { unused(); } }`);
  }
  // `export { a, b as c };` lists (types are erased: `type X` entries are skipped).
  for (const m of source.matchAll(/^export\s*\{([^}]*)\}\s*;?\s*$/gm))
    for (const part of m[1]!.split(',').map((p) => p.trim())) {
      if (!part || part.startsWith('type ')) continue;
      const name = part.split(/\s+as\s+/).pop()!;
      out.push(`export class ${name} { constructor() { unused(); } }`);
    }
  return out.join('\n') + '\n';
}

/** `shaders/shaders.ts` without the programs in `UNUSED_SHADERS` (their GLSL imports and entries). */
export function withoutShaders(source: string, unused: readonly string[]): string {
  let s = source;
  for (const name of unused) {
    const entry = new RegExp(`^\\s*${name}: prepare\\((\\w+), (\\w+)\\),\\n`, 'm');
    const m = entry.exec(s);
    if (!m) throw new Error(`maplibre-source: no shader entry "${name}" in shaders.ts (MapLibre changed?)`);
    s = s.replace(entry, '');
    for (const glsl of [m[1]!, m[2]!])
      if ((s.match(new RegExp(`\\b${glsl}\\b`, 'g')) ?? []).length === 1)
        s = s.replace(new RegExp(`^import ${glsl} from .*\\n`, 'm'), '');
  }
  return s;
}

/**
 * Options: `mercatorOnly` — the page's style is the atlas's own (no hosted basemap, whose style could ask for the
 * globe, or any layer type): build the Mercator-only projection factory above, and stub the modules in
 * `UNUSED_WITH_OWN_STYLE` and the programs in `UNUSED_SHADERS`.
 */
export function maplibreFromSource({ mercatorOnly = false }: { mercatorOnly?: boolean } = {}): Plugin {
  let entry = '';
  return {
    name: 'atlas-maplibre-from-source',
    apply: 'build',
    enforce: 'pre',
    async resolveId(id, importer, opts) {
      if (id === 'maplibre-gl') {
        if (!entry) {
          const pkg = await this.resolve('maplibre-gl/package.json', importer, { ...opts, skipSelf: true });
          if (!pkg) return null;
          entry = pkg.id.replace(/package\.json$/, 'src/index.ts');
        }
        return { id: entry, moduleSideEffects: true };
      }
      if (!importer?.includes(SRC)) return null;
      if (/\/source\/vector_tile_mlt(\.ts)?$/.test(id)) return MLT_STUB;
      if (id.endsWith('/package.json')) return VERSION_ONLY;
      const r = await this.resolve(id, importer, { ...opts, skipSelf: true });
      if (!r || !r.id.includes(SRC) || !r.id.endsWith('.ts')) return r;
      return { ...r, moduleSideEffects: hasTopLevelStatements(readFileSync(r.id.split('?')[0]!, 'utf8')) };
    },
    load(id) {
      if (mercatorOnly && id.includes(SRC) && id.endsWith('/geo/projection/projection_factory.ts'))
        return MERCATOR_ONLY_FACTORY;
      if (mercatorOnly && id.includes(SRC) && id.endsWith('.ts')) {
        const rel = id.slice(id.indexOf(SRC) + SRC.length).replace(/\.ts$/, '');
        if (UNUSED_WITH_OWN_STYLE.includes(rel)) return stubModule(readFileSync(id, 'utf8'), rel);
        if (rel === 'shaders/shaders') return withoutShaders(readFileSync(id, 'utf8'), UNUSED_SHADERS);
      }
      if (id === VERSION_ONLY) {
        const file = entry.replace(/src\/index\.ts$/, 'package.json');
        return packageVersionOnly(readFileSync(file, 'utf8'));
      }
      if (id !== MLT_STUB) return null;
      return (
        'export class MLTVectorTile { constructor() { throw new Error(' +
        '"MapLibre Tile (MLT) features cannot be queried on the main thread in this build (scripts/maplibre-source.ts)"' +
        '); } }'
      );
    },
    async transform(code, id) {
      if (!id.includes(SRC) || !id.endsWith('.ts')) return null;
      const r = await transformWithOxc(code, id, {
        lang: 'ts',
        target: 'es2022',
        typescript: { removeClassFieldsWithoutInitializer: true },
      });
      return { code: r.code, map: r.map };
    },
  };
}
