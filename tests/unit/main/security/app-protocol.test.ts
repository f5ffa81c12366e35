import { join, sep } from 'node:path';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME_PRIVILEGES, resolveAppAsset } from '../../../../src/main/security/app-protocol';
import { originOf } from '../../../../src/main/security/sender-policy';

const ROOT = join(sep, 'opt', 'ivlp', 'out', 'renderer');

describe('the app:// scheme', () => {
  it('has the origin the IPC sender check and navigation guard expect', () => {
    expect(APP_ORIGIN).toBe('app://ivlp');
    expect(originOf(APP_ENTRY_URL)).toBe(APP_ORIGIN);
  });

  it('is registered standard, secure and fetch-capable, and nothing more', () => {
    expect(APP_SCHEME_PRIVILEGES).toStrictEqual({ standard: true, secure: true, supportFetchAPI: true });
  });
});

describe('resolveAppAsset', () => {
  it.each([
    ['app://ivlp/index.html', join(ROOT, 'index.html'), 'text/html; charset=utf-8'],
    ['app://ivlp/', join(ROOT, 'index.html'), 'text/html; charset=utf-8'],
    ['app://ivlp', join(ROOT, 'index.html'), 'text/html; charset=utf-8'],
    ['app://ivlp/assets/index-B2x_9.js', join(ROOT, 'assets', 'index-B2x_9.js'), 'text/javascript; charset=utf-8'],
    ['app://ivlp/assets/index.css?v=3#top', join(ROOT, 'assets', 'index.css'), 'text/css; charset=utf-8'],
    ['app://ivlp/assets/inter-latin.woff2', join(ROOT, 'assets', 'inter-latin.woff2'), 'font/woff2'],
    ['app://ivlp/assets/logo.svg', join(ROOT, 'assets', 'logo.svg'), 'image/svg+xml'],
    ['app://ivlp/assets/My%20Icon.PNG', join(ROOT, 'assets', 'My Icon.PNG'), 'image/png'],
    ['app://ivlp/assets/index.js.map', join(ROOT, 'assets', 'index.js.map'), 'application/json; charset=utf-8'],
  ])('serves %s', (url, path, contentType) => {
    expect(resolveAppAsset(ROOT, url)).toEqual({ path, contentType });
  });

  const traversal = [
    'app://ivlp/../secret.txt',
    'app://ivlp/../../../../etc/passwd.txt',
    'app://ivlp/assets/../../package.json',
    'app://ivlp/%2e%2e/secret.txt',
    'app://ivlp/%2E%2E/%2E%2E/etc/passwd.txt',
    'app://ivlp/.%2e/secret.txt',
    'app://ivlp/%2e./secret.txt',
    'app://ivlp/assets/%2e%2e/%2e%2e/secret.txt',
    'app://ivlp/%252e%252e/secret.txt',
    'app://ivlp/..%2fsecret.txt',
    'app://ivlp/..%2Fsecret.txt',
    'app://ivlp/%2e%2e%2fsecret.txt',
    'app://ivlp/..%5csecret.txt',
    'app://ivlp/..\\secret.txt',
    'app://ivlp/assets\\..\\..\\secret.txt',
    'app://ivlp/%5c%5cserver%5cshare%5cx.js',
    'app://ivlp//etc/passwd.txt',
    'app://ivlp/%2fetc%2fpasswd.txt',
    'app://ivlp/C:/Windows/win.ini.txt',
    'app://ivlp/C%3a%5cWindows%5cwin.ini.txt',
    'app://ivlp/./index.html',
    'app://ivlp/assets/./x.js',
    'app://ivlp/index.html%00.js',
    'app://ivlp/.env.json',
    'app://ivlp/assets/.hidden.js',
    'app://ivlp/%',
    'app://ivlp/%E0%A4%A.js',
    'app://ivlp/assets/',
  ];
  it.each(traversal)('refuses %s', (url) => {
    expect(resolveAppAsset(ROOT, url)).toBeNull();
  });

  it.each([
    'app://evil/index.html',
    'app://ivlp.evil/index.html',
    'app://ivlp:8080/index.html',
    'app://user@ivlp/index.html',
    'app://user:pw@ivlp/index.html',
    'https://ivlp/index.html',
    'file:///opt/ivlp/out/renderer/index.html',
    'http://localhost:5173/index.html',
    'javascript:alert(1)',
    '/index.html',
    '',
  ])('refuses other origins and schemes: %s', (url) => {
    expect(resolveAppAsset(ROOT, url)).toBeNull();
  });

  it.each(['app://ivlp/program.ivlp', 'app://ivlp/run.exe', 'app://ivlp/assets/x', 'app://ivlp/archive.asar'])(
    'refuses unknown file types rather than guessing: %s',
    (url) => {
      expect(resolveAppAsset(ROOT, url)).toBeNull();
    },
  );

  it('refuses over-long URLs', () => {
    expect(resolveAppAsset(ROOT, `app://ivlp/${'a'.repeat(3000)}.js`)).toBeNull();
  });

  it('never resolves outside the root, whatever the path (property)', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '%2e%2e', '%2E.', '.%2e', '%2f', '%5c', '\\', '', 'assets', 'index.html', 'a.js', '%00', ':', 'C:', '%252e'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), fc.constantFrom('.js', '.html', '.css', ''), (segments, ext) => {
        const asset = resolveAppAsset(ROOT, `app://ivlp/${segments.join('/')}${ext}`);
        if (asset !== null) {
          expect(asset.path.startsWith(ROOT + sep)).toBe(true);
          expect(asset.path.split(sep)).not.toContain('..');
        }
      }),
      { numRuns: 5000 },
    );
  });
});
