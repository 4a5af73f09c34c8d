// Fonts are bundled from npm (@fontsource): the page requests nothing from other origins. The Latin files are
// shared with the map's labels and fetched once (components/fonts.ts); accented capitals beyond Latin-1 come
// from the latin-ext file, by CSS.
import '@fontsource/noto-sans/latin-ext-400.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import { mount, unmount } from 'svelte';
import App from './App.svelte';
import { loadPageFonts, serveMapFonts } from './components/fonts';

serveMapFonts();
void loadPageFonts();

const target = document.getElementById('app')!;
let app = mount(App, { target });

// For the browser tests, like the map's `maplibre` handle (not an API): start the atlas again from the current
// URL without reloading the page, so that the URL fuzz test can try hundreds of links in seconds.
Object.assign(target, {
  restartAtlas: async () => {
    await unmount(app);
    app = mount(App, { target });
  },
});
