// Source-level rules for the code that touches Electron (which cannot run here): read as text,
// never imported, so they hold for every file someone adds later.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../../', import.meta.url).pathname;

function sources(dir: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(name)) out.push({ file: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(join(root, dir));
  return out;
}

const src = sources('src');
const filesWith = (pattern: RegExp) => src.filter(({ text }) => pattern.test(text)).map(({ file }) => file);

describe('Electron usage across src/', () => {
  it.each([
    /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/,
    /contextIsolation\s*:\s*false/,
    /sandbox\s*:\s*false/,
    /webSecurity\s*:\s*false/,
    /allowRunningInsecureContent\s*:\s*true/,
    /webviewTag\s*:\s*true/,
    /experimentalFeatures\s*:\s*true/,
    /enableBlinkFeatures\s*:\s*'[^']+'/,
    /bypassCSP\s*:\s*true/,
  ])('never weakens a window: %s', (pattern) => {
    expect(filesWith(pattern)).toEqual([]);
  });

  it('registers IPC handlers in exactly one file, with handle() only', () => {
    expect(filesWith(/\bipcMain\./)).toEqual(['src/main/shell/ipc.ts']);
    expect(filesWith(/\bipcMain\.(on|once|handleOnce|addListener)\(/)).toEqual([]);
  });

  it('exposes the bridge once, from the preload', () => {
    expect(filesWith(/exposeInMainWorld\(/)).toEqual(['src/preload/index.ts']);
    expect(src.find(({ file }) => file === 'src/preload/index.ts')?.text.match(/exposeInMainWorld\(/g)).toHaveLength(1);
  });

  it('keeps ipcRenderer and the electron module out of the renderer', () => {
    expect(filesWith(/ipcRenderer|from 'electron'|require\('electron'\)/).filter((file) => file.startsWith('src/renderer/'))).toEqual([]);
  });

  it('calls shell.openExternal only behind the allowlist', () => {
    const callers = filesWith(/\bshell\.openExternal\(/);
    expect(callers).toEqual(['src/main/shell/opener.ts']);
    expect(src.find(({ file }) => file === 'src/main/shell/opener.ts')?.text).toMatch(/externalUrlOrNull\(/);
  });

  it('creates every BrowserWindow sandboxed', () => {
    for (const file of filesWith(/new BrowserWindow\(/)) {
      const text = src.find((entry) => entry.file === file)?.text ?? '';
      expect(/secureWebPreferences\(|sandbox\s*:\s*true/.test(text), `${file} creates a window without sandboxing it`).toBe(true);
    }
  });

  it('loads app pages through app:// rather than file://', () => {
    expect(filesWith(/\.loadFile\(|registerFileProtocol\(/)).toEqual([]);
  });

  it('trusts ELECTRON_RENDERER_URL only in unpackaged runs', () => {
    for (const file of filesWith(/ELECTRON_RENDERER_URL/).filter((f) => f.startsWith('src/main/'))) {
      const text = src.find((entry) => entry.file === file)?.text ?? '';
      const line = text.split('\n').find((l) => l.includes("'ELECTRON_RENDERER_URL'") || l.includes('.ELECTRON_RENDERER_URL'));
      expect(line, file).toMatch(/isDevelopment|isPackaged/);
    }
  });
});
