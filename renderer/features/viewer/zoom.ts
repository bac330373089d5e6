export function formatZoom(zoom: number): string {
  return `${Math.round(zoom * 100)} %`;
}
