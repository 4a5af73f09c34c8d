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
 * Options: `mercatorOnly` — the page's style is the atlas's own (no hosted basemap, whose style could ask for the
 * globe): build the Mercator-only projection factory above.
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
