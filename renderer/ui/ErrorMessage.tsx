// An error from the backend as a screen shows it (api/error-text.ts): in the UI's language when the
// refusal is keyed, its data (claim ids, names, products) marked translate="no"; otherwise the
// service's English marked lang="en", so a reader, a screen reader and the French scan know it.
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { ApiError } from '../api/api-error';
import { type ErrorText, errorText } from '../api/error-text';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with each data value in a span of its own; longest first, so "CP-10" is not cut at "CP-1". */
function withData(text: string, data: readonly string[]): ReactNode[] {
  const values = [...new Set(data)].sort((a, b) => b.length - a.length);
  if (values.length === 0) return [text];
  // With the pattern in a group, split() keeps each match at an odd index.
  return text.split(new RegExp(`(${values.map(escaped).join('|')})`)).map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} translate="no">
        {part}
      </span>
    ) : (
      part
    ),
  );
}

export function ErrorMessage({ error }: { readonly error: ApiError }) {
  // Subscribed to the language, so a message already on screen follows a switch.
  useTranslation();
  return <ErrorWords words={errorText(error)} />;
}

/** Words already chosen for an error (a dialog shortens the English it cannot word). */
export function ErrorWords({ words }: { readonly words: ErrorText }) {
  const { text, lang, detail, data } = words;
  return (
    <>
      <span lang={lang}>{withData(text, data)}</span>
      {detail && (
        <>
          {' '}
          <span lang="en">{detail}</span>
        </>
      )}
    </>
  );
}
