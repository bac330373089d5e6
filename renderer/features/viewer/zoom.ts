import { i18n } from '../../i18n/i18n';

export function formatZoom(zoom: number): string {
  return i18n.t('format.zoom', { percent: Math.round(zoom * 100) });
}
