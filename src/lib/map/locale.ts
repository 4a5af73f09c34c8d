/**
 * MapLibre's interface strings (control tooltips and labels, the canvas's accessible name, the cooperative
 * gestures hints) in the reader's language, from the catalogue. Passed as the map's `locale` option and applied
 * again on a language switch (MapView), since MapLibre has no setter for it.
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
    'CooperativeGesturesHandler.MobileHelpText': t('mlTwoFingers', lang),
    'CooperativeGesturesHandler.WindowsHelpText': t('mlCtrlScroll', lang),
    'CooperativeGesturesHandler.MacHelpText': t('mlCmdScroll', lang),
  };
}
