// A refusal of settings.update names the setting it is about: "settings.update: calendar.closing:
// closing time must be…" (the boundary's zod check) or "calendar.region: unknown holiday region…"
// (the service). The screen shows the words under that field.

/** A refusal, with the setting it names ("calendar.closing") when it names one. */
export interface FieldError {
  readonly field: string | null;
  readonly message: string;
}

export function fieldError(message: string): FieldError {
  const text = message.replace(/^settings\.update: /, '');
  const named = /^([A-Za-z]+(?:\.[A-Za-z]+)?): (.+)$/s.exec(text);
  return named ? { field: named[1] ?? null, message: named[2] ?? text } : { field: null, message: text };
}
