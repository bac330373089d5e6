// The components' hook for words, in place of react-i18next's: that one copies the i18next
// instance and builds a new `t` for every component as it mounts, which a claim's first open
// (a box and a thumbnail per page, the checklist) paid for a hundred times on the main thread
// before its first page could be drawn. Here every component shares one `t` per language, and
// a plain key is looked up once per language. Components still render again when the language
// changes (the `t` they hold changes).
import type { TFunction } from 'i18next';
import { useSyncExternalStore } from 'react';
import { i18n } from './i18n';

type T = TFunction<'translation', undefined>;

let shared: { readonly language: string; readonly t: T } | null = null;

/** One `t` for the current language; a key without options is looked up once. */
function currentT(): T {
  const language = i18n.language;
  if (shared?.language === language) return shared.t;
  const fixed = i18n.getFixedT(language) as unknown as (...args: unknown[]) => unknown;
  const plain = new Map<string, string>();
  const t = ((...args: unknown[]) => {
    const [key] = args;
    if (args.length !== 1 || typeof key !== 'string') return fixed(...args);
    let text = plain.get(key);
    if (text === undefined) {
      text = String(fixed(key));
      plain.set(key, text);
    }
    return text;
  }) as unknown as T;
  shared = { language, t };
  return t;
}

function subscribe(onChange: () => void): () => void {
  i18n.on('languageChanged', onChange);
  return () => i18n.off('languageChanged', onChange);
}

export interface Translation {
  readonly t: T;
  readonly i18n: typeof i18n;
}

export function useTranslation(): Translation {
  const t = useSyncExternalStore(subscribe, currentT, currentT);
  return { t, i18n };
}
