// Fonts are bundled from npm (@fontsource): the page requests nothing from other origins. The Latin files are
// shared with the map's labels and fetched once (components/fonts.ts); accented capitals beyond Latin-1 come
// from the latin-ext file, by CSS.
import '@fontsource/noto-sans/latin-ext-400.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { loadPageFonts, serveMapFonts } from './components/fonts';

serveMapFonts();
void loadPageFonts();

mount(App, { target: document.getElementById('app')! });
