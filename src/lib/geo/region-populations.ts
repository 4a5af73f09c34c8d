/**
 * data/regions.csv compiled into the app at build time (Vite inlines the file as text; it is 2 KB). The data
 * build has already refused the file if any row or the total was wrong, so the app only reads it.
 */
import text from '../../../data/regions.csv?raw';
import { parseRegionsCsv } from './population';

export const REGION_POPULATIONS = parseRegionsCsv(text).rows;
