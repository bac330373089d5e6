// Light, dark or the system's choice, on <html data-theme>. "System" follows prefers-color-scheme
// as it changes. The last choice is remembered in this window's storage so the next start paints
// in it at once, before the session (and the settings it carries) has loaded.
import type { Theme } from '../../shared/api/schemas';

const REMEMBERED = 'cpor.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

let chosen: Theme = 'system';
let following: MediaQueryList | null = null;

function paint(): void {
  const dark = chosen === 'dark' || (chosen === 'system' && window.matchMedia(DARK_QUERY).matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

export function applyTheme(theme: Theme): void {
  chosen = theme;
  if (theme === 'system' && !following) {
    following = window.matchMedia(DARK_QUERY);
    following.addEventListener('change', paint);
  } else if (theme !== 'system' && following) {
    following.removeEventListener('change', paint);
    following = null;
  }
  paint();
  try {
    localStorage.setItem(REMEMBERED, theme);
  } catch {
    // storage may be off; the session brings the theme a moment later anyway
  }
}

export function rememberedTheme(): Theme {
  try {
    const value = localStorage.getItem(REMEMBERED);
    if (value === 'light' || value === 'dark' || value === 'system') return value;
  } catch {
    // storage may be off
  }
  return 'system';
}
