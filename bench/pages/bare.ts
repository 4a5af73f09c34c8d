/**
 * Bench reference page "bare": a bare MapLibre page drawing Peru's regions (fill + line) in a container the size
 * of the app's map: the floor for loading any MapLibre app with this basemap.
 */
import './page.css';
import { createMap, installPageHook, regionsStyle } from './common';

const map = createMap(regionsStyle());
installPageHook(map, 'regions');
