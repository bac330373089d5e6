import { useEffect } from 'react';

interface ToastProps {
  /** Changes for every new message, so the same text twice shows twice. */
  readonly id: number;
  readonly text: string;
  readonly onDone: () => void;
  readonly ms?: number;
}

/** A short message that needs no answer, read out politely and gone after a few seconds. */
export function Toast({ id, text, onDone, ms = 4_000 }: ToastProps) {
  useEffect(() => {
    const timer = setTimeout(onDone, ms);
    return () => clearTimeout(timer);
  }, [id, onDone, ms]);
  return (
    <div className="toast" role="status" data-testid="notice">
      {text}
    </div>
  );
}
