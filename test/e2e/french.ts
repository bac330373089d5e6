// What "every screen is in French" means to the French spec: the words of the English UI (from
// its catalog) that French never uses, and a scan of what a page shows (text, placeholders,
// titles, accessible names) outside the claim's data, which carries translate="no".
import type { Page } from '@playwright/test';
import { en } from '../../renderer/i18n/locales/en';
import { fr } from '../../renderer/i18n/locales/fr';

type Tree = { readonly [key: string]: string | Tree };

function values(tree: Tree): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : values(v)));
}

/** Words of a catalog string, without its {{variables}} and <tags>. */
function wordsOf(text: string): string[] {
  return (
    text
      .replace(/\{\{[^}]*\}\}/g, ' ')
      .replace(/<[^>]*>/g, ' ')
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []
  );
}

/** Common English words a forgotten string would likely hold, beyond the catalog's own. */
const COMMON = `the a an and or of to in on at for with by from as is are was be not no yes it this that these those
  there here all any none some more less left ago due now next previous back open close cancel send save saved search
  loading claim claims queue page pages document documents policy partner customer reviewer review decision history
  comments comment details checklist deficiency deficiencies evidence found missing ticked submitted approved rejected
  assigned unassigned breached risk track paused status products product find zoom rotate fit width reason message
  request information approve reject dispute store chain verified entry entries team desk keyboard shortcuts`;

const frenchWords = new Set(values(fr as unknown as Tree).flatMap(wordsOf));

/** English words the French UI must never show: a string left untranslated shows at least one. */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  [...values(en as unknown as Tree).flatMap(wordsOf), ...COMMON.split(/\s+/).filter(Boolean)].filter((w) => w.length > 1 && !frenchWords.has(w)),
);

/** Whole English strings that French says otherwise ("Queue", "Details"), caught even if every word were shared. */
export const ENGLISH_VALUES: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  const walk = (a: Tree, b: Tree) => {
    for (const [key, value] of Object.entries(a)) {
      const other = b[key];
      if (typeof value === 'string') {
        if (typeof other === 'string' && other !== value && !value.includes('{{') && !value.includes('<')) out.add(value);
      } else if (other && typeof other !== 'string') walk(value, other);
    }
  };
  walk(en as unknown as Tree, fr as unknown as Tree);
  // "File" is English for a file and French for a queue: a string French uses is French.
  for (const value of values(fr as unknown as Tree)) out.delete(value);
  return out;
})();

export interface Shown {
  readonly kind: 'text' | 'option' | 'placeholder' | 'title' | 'aria-label' | 'alt';
  readonly text: string;
}

/**
 * Everything the page shows in its own words: visible text, select options, placeholders,
 * tooltips and accessible names, outside [translate="no"] and outside elements in another
 * language (the partner-message language picker says "English" in English). Data shown on the
 * page (names, products, PoE words) is taken out of tooltips and names that quote it.
 */
export async function shownTexts(page: Page): Promise<Shown[]> {
  return page.evaluate(() => {
    const foreign = (el: Element) => {
      const holder = el.closest('[lang]');
      return holder !== null && holder !== document.documentElement && !holder.getAttribute('lang')!.startsWith('fr');
    };
    const skipped = (el: Element) => el.closest('[translate="no"]') !== null || foreign(el);
    const data = [...document.querySelectorAll('[translate="no"]')]
      .flatMap((el) => [el.textContent ?? '', el.getAttribute('title') ?? ''])
      .map((t) => t.trim())
      .filter((t) => t.length >= 3)
      .sort((a, b) => b.length - a.length);
    const withoutData = (text: string) => data.reduce((t, d) => t.split(d).join(' '), text);

    const out: { kind: 'text' | 'option' | 'placeholder' | 'title' | 'aria-label' | 'alt'; text: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!el || !text || skipped(el) || el.closest('script, style')) continue;
      const option = el.closest('option');
      if (option) out.push({ kind: 'option', text });
      else if (el.checkVisibility()) out.push({ kind: 'text', text });
    }
    for (const el of document.body.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
      if (skipped(el)) continue;
      for (const kind of ['title', 'aria-label', 'placeholder', 'alt'] as const) {
        const value = el.getAttribute(kind)?.trim();
        // A history entry's raw record rides in its tooltip as JSON: data, not words.
        if (!value || (kind === 'title' && value.startsWith('{'))) continue;
        out.push({ kind, text: withoutData(value).trim() });
      }
    }
    return out;
  });
}

/** What is still English on the page, one line per string. */
export async function englishLeft(page: Page): Promise<string[]> {
  const found = new Set<string>();
  for (const { kind, text } of await shownTexts(page)) {
    // A path (the data folder in the user's tooltip) is data, whatever its letters spell.
    const words = text.replace(/\S*[\\/]\S*/g, ' ').toLowerCase().match(/\p{L}+/gu) ?? [];
    const english = words.filter((w) => ENGLISH_WORDS.has(w));
    if (english.length > 0 || ENGLISH_VALUES.has(text)) found.add(`${kind}: ${JSON.stringify(text)}${english.length ? ` (${english.join(', ')})` : ''}`);
  }
  return [...found];
}
