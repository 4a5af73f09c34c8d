import { describe, expect, it } from 'vitest';
import { classifyMapError } from './failures';

describe('classifyMapError', () => {
  it.each([
    [
      { sourceId: 'regions', error: { message: 'Not Found (404)' } },
      { kind: 'basemap', part: 'regions', sourceId: 'regions' },
    ],
    [
      { sourceId: 'towns', error: { message: 'x' } },
      { kind: 'basemap', part: 'labels', sourceId: 'towns' },
    ],
    [{ error: { message: 'Worker failed to load. Check that the worker URL is correct.' } }, { kind: 'start' }],
    [
      { error: { message: 'AJAXError', url: 'https://x/assets/noto-sans-latin-400-normal.woff2' } },
      { kind: 'basemap', part: 'fonts', sourceId: null },
    ],
    [{ sourceId: 'events-gl', error: { message: 'something else' } }, null],
  ])('names what failed: %o', (event, expected) => {
    expect(classifyMapError(event)).toEqual(expected);
  });
});
