import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';

interface DialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly children: ReactNode;
  /** Buttons; the element marked `data-autofocus` receives focus when the dialog opens. */
  readonly actions: ReactNode;
  readonly onClose: () => void;
  /** 'wide' for dialogs holding a message to write, 'large' for reference sheets. */
  readonly size?: 'normal' | 'wide' | 'large';
  /** Ctrl+Enter (Cmd+Enter) anywhere in the dialog, e.g. to send what was written. */
  readonly onSubmit?: () => void;
  readonly testId?: string;
}

/**
 * The native <dialog> in modal mode gives focus trapping, Escape-to-close, inert background
 * and focus return for free, which a hand-rolled overlay gets subtly wrong.
 */
export function Dialog({ open, title, children, actions, onClose, size = 'normal', onSubmit, testId }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      const first = dialog.querySelector<HTMLElement>('[data-autofocus]');
      first?.focus();
      // A text field may say where its caret belongs (data-caret), e.g. after a pre-filled list.
      const caret = Number(first?.dataset.caret);
      if (first instanceof HTMLTextAreaElement && Number.isInteger(caret)) first.setSelectionRange(caret, caret);
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const handleClose = () => onClose();
    dialog.addEventListener('close', handleClose);
    return () => dialog.removeEventListener('close', handleClose);
  }, [onClose]);

  function onKeyDown(e: KeyboardEvent<HTMLDialogElement>) {
    if (onSubmit && e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey) {
      e.preventDefault();
      onSubmit();
    }
  }

  return (
    <dialog
      ref={ref}
      className={size === 'normal' ? 'dialog' : `dialog dialog--${size}`}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      data-testid={testId}
      onKeyDown={onKeyDown}
    >
      {open && (
        <>
          <h2 className="dialog__title" id={titleId}>
            {title}
          </h2>
          <div className="dialog__body" id={bodyId}>
            {children}
          </div>
          <div className="dialog__actions">{actions}</div>
        </>
      )}
    </dialog>
  );
}
