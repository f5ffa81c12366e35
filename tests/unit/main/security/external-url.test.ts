import { describe, expect, it } from 'vitest';
import { externalUrlOrNull, isAllowedExternalUrl, MAX_EXTERNAL_URL_LENGTH } from '../../../../src/main/security/external-url';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://www.state.gov/ivlp',
    'https://example.org/path?q=1#frag',
    'https://xn--bcher-kva.example/',
    'mailto:coordinator@example.org',
    'mailto:coordinator@example.org?subject=IVLP%20program',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://example.org/'],
    ['javascript', 'javascript:alert(1)'],
    ['javascript, mixed case', 'JaVaScRiPt:alert(1)'],
    ['file', 'file:///C:/Windows/System32/calc.exe'],
    ['UNC via file', 'file://attacker.example/share/payload.exe'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['search-ms', 'search-ms:query=x&crumb=location:\\\\attacker\\share'],
    ['smb', 'smb://attacker.example/share'],
    ['vbscript', 'vbscript:msgbox'],
    ['app origin', 'app://ivlp/index.html'],
    ['credentials', 'https://user:pass@example.org/'],
    ['user only', 'https://user@example.org/'],
    ['mailto without address', 'mailto:'],
    ['mailto without domain', 'mailto:someone'],
    ['leading space', ' https://example.org/'],
    ['embedded tab', 'https://exa\tmple.org/'],
    ['embedded newline', 'https://example.org/\nfoo'],
    ['NUL', 'https://example.org/\u0000'],
    ['relative', '/index.html'],
    ['protocol-relative', '//example.org/'],
    ['empty', ''],
    ['not a url', 'example.org'],
  ])('rejects %s', (_name, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('caps the length', () => {
    const base = 'https://example.org/?q=';
    expect(isAllowedExternalUrl(base + 'a'.repeat(MAX_EXTERNAL_URL_LENGTH - base.length))).toBe(true);
    expect(isAllowedExternalUrl(base + 'a'.repeat(MAX_EXTERNAL_URL_LENGTH - base.length + 1))).toBe(false);
  });

  it('rejects non-strings without throwing', () => {
    for (const value of [undefined, null, 42, {}, ['https://example.org']]) {
      expect(isAllowedExternalUrl(value as unknown as string)).toBe(false);
    }
  });

  it('hands the OS the normalized URL', () => {
    expect(externalUrlOrNull('HTTPS://Example.ORG/a b'.replace(' ', '%20'))).toBe('https://example.org/a%20b');
  });
});
