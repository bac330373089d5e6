// The only links the app may hand to the operating system: https pages of the partner program.
// Parsed, never pattern-matched on the raw string.
export const TRUSTED_EXTERNAL_HOSTS: readonly string[] = [
  'learn.microsoft.com',
  'partner.microsoft.com',
  'partnercenter.microsoft.com',
  'docs.microsoft.com',
];

export function isTrustedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  if (url.username || url.password) return false;
  if (url.port && url.port !== '443') return false;
  const host = url.hostname.toLowerCase();
  return TRUSTED_EXTERNAL_HOSTS.includes(host);
}
