/**
 * MapLibre's interface strings in the reader's language, from the catalogue (its `locale` option patches its
 * default table, maplibre-gl src/ui/default_locale.ts): control tooltips and labels, the canvas's accessible name
 * (issue 7) and the cooperative-gestures hints (issue 6: "use two fingers to move the map", "use Ctrl + scroll to
 * zoom"). Passed as the map's `locale` option and applied again on a language switch (MapView), since MapLibre has
 * no setter for it.
 */
import { t } from '../i18n/strings';
import type { Lang } from '../url/url-state';

export function mapLocale(lang: Lang): Record<string, string> {
  return {
    'Map.Title': t('mapLabel', lang),
    'NavigationControl.ZoomIn': t('mlZoomIn', lang),
    'NavigationControl.ZoomOut': t('mlZoomOut', lang),
    'NavigationControl.ResetBearing': t('mlResetBearing', lang),
    'AttributionControl.ToggleAttribution': t('mlAttribution', lang),
    'CooperativeGesturesHandler.WindowsHelpText': t('gestureWheel', lang),
    'CooperativeGesturesHandler.MacHelpText': t('gestureWheelMac', lang),
    'CooperativeGesturesHandler.MobileHelpText': t('gestureTouch', lang),
  };
}
