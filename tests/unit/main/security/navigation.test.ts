import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isAllowedRequest, permissionDecision } from '../../../../src/main/security/navigation';

const APP = 'app://ivlp';
const DEV = 'http://localhost:5173';

describe('isAllowedNavigation', () => {
  it.each(['app://ivlp/index.html', 'app://ivlp/', 'app://ivlp/index.html?x=1#y', 'app://ivlp/assets/../index.html'])('allows %s', (url) => {
    expect(isAllowedNavigation(url, APP)).toBe(true);
  });

  it.each([
    'https://example.org/',
    'http://ivlp/',
    'app://evil/index.html',
    'app://ivlp.evil.org/',
    'app://ivlp:80/',
    'app://user@ivlp/index.html',
    'app://user:pw@ivlp/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'blob:app://ivlp/1234',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    '',
    'not a url',
  ])('blocks %s', (url) => {
    expect(isAllowedNavigation(url, APP)).toBe(false);
  });

  it('uses the dev server origin in development', () => {
    expect(isAllowedNavigation('http://localhost:5173/', DEV)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', DEV)).toBe(false);
    expect(isAllowedNavigation('http://127.0.0.1:5173/', DEV)).toBe(false);
    expect(isAllowedNavigation('app://ivlp/index.html', DEV)).toBe(false);
  });
});

describe('isAllowedRequest (the session request filter)', () => {
  it.each(['app://ivlp/index.html', 'app://ivlp/assets/index-abc.js', 'data:image/png;base64,AAAA', 'blob:app://ivlp/0f1e', 'devtools://devtools/bundled/x.js'])(
    'lets %s through in a packaged build',
    (url) => {
      expect(isAllowedRequest(url, APP, null)).toBe(true);
    },
  );

  it.each([
    'https://example.org/track.gif',
    'http://localhost:5173/',
    'ws://localhost:5173/',
    'file:///home/planner/program.ivlp.json',
    'app://evil/x.js',
    'chrome-extension://abc/x.js',
    'ftp://example.org/',
    'garbage',
  ])('cancels %s in a packaged build', (url) => {
    expect(isAllowedRequest(url, APP, null)).toBe(false);
  });

  it('allows the dev server and its hot-reload websocket in development only', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', DEV, DEV)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/?token=x', DEV, DEV)).toBe(true);
    expect(isAllowedRequest('ws://localhost:9999/', DEV, DEV)).toBe(false);
    expect(isAllowedRequest('https://example.org/', DEV, DEV)).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', DEV, DEV)).toBe(false);
  });
});

describe('permissionDecision', () => {
  it('denies everything', () => {
    expect(permissionDecision()).toBe(false);
  });
});
