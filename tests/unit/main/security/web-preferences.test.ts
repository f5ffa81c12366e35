import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../../src/main/security/web-preferences';

describe('secureWebPreferences', () => {
  it('sets exactly the locked-down flags', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs', { isPackaged: true })).toStrictEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      webviewTag: false,
      spellcheck: false,
      devTools: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    });
  });

  it('allows DevTools only in unpackaged (development) runs', () => {
    expect(secureWebPreferences('p', { isPackaged: true }).devTools).toBe(false);
    expect(secureWebPreferences('p', { isPackaged: false }).devTools).toBe(true);
  });

  it('differs between development and packaged builds only in devTools', () => {
    const { devTools: _a, ...dev } = secureWebPreferences('p', { isPackaged: false });
    const { devTools: _b, ...packaged } = secureWebPreferences('p', { isPackaged: true });
    expect(dev).toStrictEqual(packaged);
  });

  it('returns a frozen object so no caller can loosen it', () => {
    const prefs = secureWebPreferences('p', { isPackaged: true });
    expect(Object.isFrozen(prefs)).toBe(true);
    expect(() => {
      (prefs as { sandbox: boolean }).sandbox = false;
    }).toThrow(TypeError);
  });
});
