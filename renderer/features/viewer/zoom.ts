import { MAX_ZOOM, MIN_ZOOM, type Zoom } from '../../state/viewerStore';

export const ZOOM_STEPS: readonly number[] = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4];

const EPSILON = 0.005;

export function zoomIn(current: number): number {
  return ZOOM_STEPS.find((step) => step > current + EPSILON) ?? MAX_ZOOM;
}

export function zoomOut(current: number): number {
  return [...ZOOM_STEPS].reverse().find((step) => step < current - EPSILON) ?? MIN_ZOOM;
}

export function formatZoom(zoom: number): string {
  return `${Math.round(zoom * 100)} %`;
}

/** The zoom a keyboard shortcut asks for, or null when the key is not a zoom key. */
export function zoomForKey(key: string, effective: number): Zoom | null {
  if (key === '+' || key === '=') return zoomIn(effective);
  if (key === '-' || key === '_') return zoomOut(effective);
  if (key === '0') return 'fit-width';
  return null;
}
