/// <reference types="svelte" />
/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Optional hosted basemap style URL; when empty the embedded GeoJSON basemap is used (the default). */
  readonly VITE_BASEMAP_STYLE_URL?: string;
  /** Font stack the hosted style's glyph server has, for the cluster counts drawn on top of it. */
  readonly VITE_BASEMAP_TEXT_FONT?: string;
  /** Build-time only: URL of the dataset (relative to the app's base); default `data/events.geojson`. */
  readonly VITE_DATASET_URL?: string;
  /** Build-time only: `1` compiles in the benchmark hook (src/components/map/bench-hook.ts). */
  readonly VITE_BENCH?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
