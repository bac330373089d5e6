import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { Button } from '../../ui/Button';

interface ToolButtonProps {
  /** The accessible name; the tooltip adds the shortcut when there is one. */
  readonly label: string;
  readonly shortcut?: string;
  readonly disabled?: boolean;
  /** A toggle's state (aria-pressed, and the "on" look). */
  readonly pressed?: boolean;
  readonly onClick: () => void;
  readonly testId?: string;
  readonly children: ReactNode;
}

/** The viewer's small square icon buttons. */
export function ToolButton({ label, shortcut, disabled, pressed, onClick, testId, children }: ToolButtonProps) {
  const { t } = useTranslation();
  return (
    <Button
      variant="ghost"
      size="small"
      icon
      aria-label={label}
      aria-pressed={pressed}
      title={shortcut ? t('viewer.withShortcut', { label, shortcut }) : label}
      disabled={disabled}
      onClick={onClick}
      className={pressed ? 'viewer-toolbar__toggle--on' : undefined}
      data-testid={testId}
    >
      {children}
    </Button>
  );
}
