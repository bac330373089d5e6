// The viewer's line icons, drawn on a 16 px grid in the text colour.
const PATHS = {
  left: 'M10 3.5 5.5 8l4.5 4.5',
  right: 'M6 3.5 10.5 8 6 12.5',
  up: 'M3.5 10 8 5.5l4.5 4.5',
  down: 'M3.5 6 8 10.5 12.5 6',
  close: 'M4 4l8 8M12 4l-8 8',
  search: 'M7 2.75a4.25 4.25 0 1 1 0 8.5 4.25 4.25 0 0 1 0-8.5zM10.2 10.2l3.3 3.3',
  'rotate-left': 'M3.5 3v3.25h3.25M3.9 6.1A5 5 0 1 1 3.2 9.5',
  'rotate-right': 'M12.5 3v3.25H9.25M12.1 6.1a5 5 0 1 0 .7 3.4',
  thumbnails: 'M2.5 2.5h11v11h-11zM6 2.5v11M3.6 4.5h1.3M3.6 7h1.3M3.6 9.5h1.3',
  download: 'M8 2.5v7.5M4.75 7 8 10.25 11.25 7M3 13h10',
  external: 'M9.5 2.5h4v4M13.5 2.5 8 8M11.5 9.5v3.5a.5.5 0 0 1-.5.5H3a.5.5 0 0 1-.5-.5V5a.5.5 0 0 1 .5-.5h3.5',
  'fit-width': 'M2.5 4v8M13.5 4v8M5 8h6M6.5 6.5 5 8l1.5 1.5M9.5 6.5 11 8l-1.5 1.5',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, className }: { readonly name: IconName; readonly className?: string }) {
  return (
    <svg className={className} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
