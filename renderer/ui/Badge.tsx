import type { ReactNode } from 'react';

export type Tone = 'ok' | 'warn' | 'danger' | 'info' | 'violet' | 'neutral';

interface BadgeProps {
  readonly tone: Tone;
  readonly children: ReactNode;
  readonly title?: string;
  readonly dot?: boolean;
  readonly testId?: string;
}

export function Badge({ tone, children, title, dot = false, testId }: BadgeProps) {
  return (
    <span className={`badge badge--${tone}`} title={title} data-testid={testId}>
      {dot && <span className="badge__dot" aria-hidden="true" />}
      {children}
    </span>
  );
}
