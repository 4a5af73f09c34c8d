/**
 * MapLibre's own interface texts in the reader's language (its `locale` option patches its default table,
 * maplibre-gl src/ui/default_locale.ts). Only the texts the atlas shows: the cooperative-gestures hints (issue 6:
 * "use two fingers to move the map", "use Ctrl + scroll to zoom").
 */
import { t } from '../i18n/strings';
import type { Lang } from '../url/url-state';

export function mapLocale(lang: Lang): Record<string, string> {
  return {
    'CooperativeGesturesHandler.WindowsHelpText': t('gestureWheel', lang),
    'CooperativeGesturesHandler.MacHelpText': t('gestureWheelMac', lang),
    'CooperativeGesturesHandler.MobileHelpText': t('gestureTouch', lang),
  };
}
