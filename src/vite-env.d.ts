/// <reference types="svelte" />
/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Optional hosted basemap style URL; when empty the embedded GeoJSON basemap is used (the default). */
  readonly VITE_BASEMAP_STYLE_URL?: string;
  /** Font stack the hosted style's glyph server has, for the cluster counts drawn on top of it. */
  readonly VITE_BASEMAP_TEXT_FONT?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
