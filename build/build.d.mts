// Types for build.mjs, for the TypeScript that imports it (the e2e global set-up).
export function isBuildCurrent(): boolean;
export function build(options?: { quiet?: boolean }): Promise<void>;
