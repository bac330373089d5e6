// A download from bytes the API returned (a PoE in the browser host, a backup): the page cannot
// write files itself, so the browser saves them where the person keeps downloads.

/** How long a download's blob: URL stays valid: the browser has started reading it by then. */
const BLOB_URL_LIFETIME_MS = 60_000;

export function saveBytes(bytes: Uint8Array, name: string, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: mediaType || 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
}
