// The name a PoE gets when it leaves the workstation (the system viewer's copy, a browser
// download). Its name came from a partner's bundle or another workstation: "../../evil.html" or
// "scan.pdf.exe" must not choose a folder or a program. The stem is tidied to letters, digits and a
// few marks, and the extension is the one the stored type calls for, never the name's own.

/** The extension for each type a PoE is stored as (what the content was recognised as). */
export const EXTENSION_FOR_TYPE: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/tiff': 'tiff',
  'text/plain': 'txt',
  'message/rfc822': 'eml',
  'application/vnd.ms-outlook': 'msg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
};

/** The extension a stored type calls for, or undefined for a type the workstation does not know. */
export function extensionFor(mediaType: string): string | undefined {
  return EXTENSION_FOR_TYPE[(mediaType.split(';')[0] ?? '').trim().toLowerCase()];
}

/**
 * The name without its last extension or any character a file system or shell reads specially:
 * separators become "_" (a name is never a path), and leading dots go (no hidden file, no "..").
 */
export function safeStem(name: string): string {
  return name
    .replace(/\.[^./\\]*$/, '')
    .replace(/[^\p{L}\p{N} ._()-]+/gu, '_')
    .replace(/^[\s._]+/, '')
    .replace(/[\s.]+$/, '')
    .slice(0, 80)
    .trim();
}

/**
 * A plain file name for a PoE: its tidied stem and the extension of its stored type; a type the
 * workstation does not know gets ".bin", which no system opens as a program or a page.
 */
export function documentFileName(name: string, mediaType: string): string {
  const stem = safeStem(name) || 'document';
  // Names Windows keeps for devices ("CON.pdf" opens the console, not a file).
  const device = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem.split('.')[0] ?? '');
  return `${device ? `_${stem}` : stem}.${extensionFor(mediaType) ?? 'bin'}`;
}
