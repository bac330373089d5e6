import type { ReactNode } from 'react';

/** A calm, centred notice inside the viewer pane: errors, unsupported files. */
export function ViewerMessage({ title, children }: { readonly title: string; readonly children?: ReactNode }) {
  return (
    <div className="viewer-message" role="status">
      <svg className="viewer-message__icon" width="28" height="28" viewBox="0 0 28 28" aria-hidden="true">
        <path
          d="M8 3.5h8.5L22 9v15.5H8z M16.5 3.5V9H22"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.4"
          strokeLinejoin="round"
        />
      </svg>
      <p className="viewer-message__title">{title}</p>
      {children && <div className="viewer-message__body">{children}</div>}
    </div>
  );
}
