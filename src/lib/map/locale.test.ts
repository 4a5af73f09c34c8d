import { describe, expect, it } from 'vitest';
import { mapLocale } from './locale';

describe('mapLocale', () => {
  it('gives the cooperative-gesture hints in Spanish and English, under the keys MapLibre reads', () => {
    expect(mapLocale('es')['CooperativeGesturesHandler.MobileHelpText']).toBe('Use dos dedos para mover el mapa');
    expect(mapLocale('en')['CooperativeGesturesHandler.MobileHelpText']).toBe('Use two fingers to move the map');
    expect(Object.keys(mapLocale('es')).sort()).toEqual(Object.keys(mapLocale('en')).sort());
  });

  it('names only keys that exist in MapLibre’s default table', async () => {
    const src = await import('node:fs').then((fs) =>
      fs.readFileSync('node_modules/maplibre-gl/src/ui/default_locale.ts', 'utf8'),
    );
    for (const key of Object.keys(mapLocale('en'))) expect(src).toContain(`'${key}'`);
  });
});
