export function findChromium(): string | null;
export const QUIET_CHROMIUM_FLAGS: readonly string[];
export function ensureChromiumForTests(): string | null;
