// Where a bundle's files come from: a folder or a .zip. The importer only ever sees this,
// so both kinds get the same checks, the same messages and the same all-or-nothing rule.

export type ReadOutcome = { ok: true; bytes: Buffer } | { ok: false; problem: string };

export interface BundleSource {
  /** Shown in history ("source") and messages: the folder's or the zip's name. */
  readonly name: string;
  /** True when relPath names a regular file in the bundle. */
  exists(relPath: string): boolean;
  /** The file's bytes, or a one-sentence problem (missing, a link, over maxBytes, damaged...). */
  read(relPath: string, maxBytes: number): Promise<ReadOutcome>;
  /** Releases the open file handle, if any. Safe to call more than once. */
  close(): Promise<void>;
}

/** Bundle-relative path as components: "\" and "/" both separate, "" and "." are dropped. */
export function pathParts(relPath: string): string[] {
  return relPath.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
}

/** Absolute (/x, \x, C:x) or climbing out ("..") in any component. */
export function leavesBundle(relPath: string): boolean {
  return /^([a-zA-Z]:|[\\/])/.test(relPath) || pathParts(relPath).includes('..');
}
