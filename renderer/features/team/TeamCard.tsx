import { type ReactNode, useId } from 'react';

interface TeamCardProps {
  readonly title: string;
  readonly sub?: ReactNode;
  /** Controls at the right of the heading. */
  readonly actions?: ReactNode;
  readonly className?: string;
  readonly testId: string;
  readonly children: ReactNode;
}

/** A titled panel of the team view; its heading names the region for assistive technology. */
export function TeamCard({ title, sub, actions, className, testId, children }: TeamCardProps) {
  const titleId = useId();
  return (
    <section className={className ? `team-card ${className}` : 'team-card'} aria-labelledby={titleId} data-testid={testId}>
      <header className="team-card__head">
        <h2 className="team-card__title" id={titleId}>
          {title}
        </h2>
        {sub && <span className="team-card__sub">{sub}</span>}
        {actions && <span className="team-card__actions">{actions}</span>}
      </header>
      {children}
    </section>
  );
}
