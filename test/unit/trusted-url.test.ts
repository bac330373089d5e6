import { describe, expect, it } from 'vitest';
import { isTrustedExternalUrl } from '../../main/electron/trusted-url';

describe('openExternal allowlist', () => {
  it.each([
    'https://learn.microsoft.com/partner-center/',
    'https://partner.microsoft.com/dashboard',
    'https://LEARN.microsoft.com/x?y=1#z',
  ])('allows %s', (url) => expect(isTrustedExternalUrl(url)).toBe(true));

  it.each([
    'http://learn.microsoft.com/',
    'https://learn.microsoft.com.evil.example/',
    'https://evil.example/?https://learn.microsoft.com/',
    'https://user:pass@learn.microsoft.com/',
    'https://learn.microsoft.com:8443/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://learn.microsoft.com/share',
    'not a url',
    '',
    'https://xn--learn-microsoft-com.example/',
  ])('refuses %s', (url) => expect(isTrustedExternalUrl(url)).toBe(false));
});
