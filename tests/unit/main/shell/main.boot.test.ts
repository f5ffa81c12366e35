/**
 * The Electron entry, executed. The Electron binary cannot run here, so the real built main entry
 * (out/main/index.js, exactly what Electron loads) boots in a child Node process where `electron`
 * resolves to a faithful fake (fixtures/fake-electron.mjs) that records every call in order, as
 * Electron Fiddle tests its main process. tests/electron covers the same ground in real Electron
 * where the binary exists.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../../src/main/security/web-preferences';
import { CONTENT_SECURITY_POLICY } from '../../../../src/main/security/csp';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../../src/shared/ipc/channels';
import { serializeProgram } from '../../../../src/shared/program/load';
import { smallProgram } from '../app-fixture';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const mainEntry = join(root, 'out', 'main', 'index.js');
const boot = fileURLToPath(new URL('./fixtures/boot.mjs', import.meta.url));

interface LogEntry {
  kind: string;
  [key: string]: unknown;
}
interface Run {
  log: LogEntry[];
  results: Record<string, unknown>;
  dir: string;
  stderr: string;
}

let dir = '';
beforeAll(() => {
  // npm test builds before the unit tests; a lone `vitest run` builds here rather than skip.
  if (!existsSync(mainEntry)) spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'ignore' });
}, 180_000);
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function bootApp(scenario: { singleInstance: boolean }): Promise<Run> {
  dir = await mkdtemp(join(tmpdir(), 'ivlp-boot-'));
  for (const name of ['a', 'b', 'c']) await writeFile(join(dir, `${name}.ivlp.json`), serializeProgram({ ...smallProgram(), title: `Program ${name}` }));
  await mkdir(join(dir, 'home'));
  // Last time the window was on a second screen that is not there now.
  await mkdir(join(dir, 'user-data'));
  await writeFile(join(dir, 'user-data', 'window-state.json'), JSON.stringify({ bounds: { x: 3000, y: 40, width: 1000, height: 700 }, maximized: false }));
  const channels = { ...INVOKE_CHANNELS, ...EVENT_CHANNELS };
  const env = {
    ...process.env,
    FAKE_ELECTRON_APP_PATH: root,
    FAKE_ELECTRON_HOME: join(dir, 'home'),
    IVLP_USER_DATA_DIR: join(dir, 'user-data'),
    IVLP_DOCUMENTS_DIR: join(dir, 'documents'),
    FAKE_ELECTRON_SCENARIO: JSON.stringify({
      ...scenario,
      channels,
      mainEntry,
      openFileBeforeReady: join(dir, 'c.ivlp.json'),
      secondInstancePath: join(dir, 'b.ivlp.json'),
      cwd: dir,
      newTitle: 'Renamed just before quitting',
    }),
  };
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [boot, join(dir, 'a.ivlp.json')], { env, cwd: dir, maxBuffer: 64 * 1024 * 1024 });
  const { log, results } = JSON.parse(stdout) as { log: LogEntry[]; results: Record<string, unknown> };
  return { log, results, dir, stderr };
}

const kinds = (log: LogEntry[]) => log.map((e) => e.kind);
const indexOf = (log: LogEntry[], kind: string) => kinds(log).indexOf(kind);

describe('the built main entry on a fake electron', () => {
  let run: Run;
  beforeAll(async () => {
    expect(existsSync(mainEntry), 'out/main/index.js must be built').toBe(true);
    run = await bootApp({ singleInstance: true });
  }, 60_000);

  it('registers the app:// scheme, the sandbox and the single-instance lock before ready; serves app:// after', () => {
    const ready = indexOf(run.log, 'ready');
    expect(ready).toBeGreaterThan(-1);
    for (const early of ['app.enableSandbox', 'protocol.registerSchemesAsPrivileged', 'app.requestSingleInstanceLock']) {
      expect(indexOf(run.log, early), early).toBeGreaterThan(-1);
      expect(indexOf(run.log, early), `${early} before ready`).toBeLessThan(ready);
    }
    expect(run.log.find((e) => e.kind === 'app.setPath')).toMatchObject({ name: 'userData', beforeReady: true });
    expect(indexOf(run.log, 'protocol.handle')).toBeGreaterThan(ready);
    const schemes = run.log.find((e) => e.kind === 'protocol.registerSchemesAsPrivileged')?.['schemes'] as { scheme: string }[];
    expect(schemes.map((s) => s.scheme)).toEqual(['app']);
  });

  it('creates the window with exactly the security policy’s webPreferences, then loads app://ivlp', () => {
    const windows = run.log.filter((e) => e.kind === 'BrowserWindow.new');
    expect(windows).toHaveLength(1);
    const options = windows[0]!['options'] as { webPreferences: unknown; show: boolean };
    expect(options.webPreferences).toEqual(JSON.parse(JSON.stringify(secureWebPreferences(join(root, 'out', 'preload', 'index.cjs'), { isPackaged: false }))));
    expect(options.show).toBe(false);
    expect(run.log.find((e) => e.kind === 'BrowserWindow.loadURL')).toMatchObject({ url: 'app://ivlp/index.html' });
    expect(kinds(run.log)).toContain('BrowserWindow.show');
  });

  it('registers every channel of the contract once, through the one wrapper', () => {
    const channels = run.log.filter((e) => e.kind === 'ipcMain.handle').map((e) => e['channel'] as string);
    expect([...channels].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    expect(new Set(channels).size).toBe(channels.length);
    // Through the wrapper: a foreign frame is refused and malformed arguments never reach a handler.
    expect(run.results['foreign']).toMatchObject({ code: 'FORBIDDEN_SENDER' });
    expect(run.results['malformed']).toMatchObject({ code: 'BAD_ARGUMENTS' });
  });

  it('hardens the default session before any window loads', () => {
    const load = indexOf(run.log, 'BrowserWindow.loadURL');
    for (const kind of ['session.setPermissionRequestHandler', 'session.setPermissionCheckHandler', 'session.setDevicePermissionHandler', 'session.onBeforeRequest']) {
      const at = indexOf(run.log, kind);
      expect(at, kind).toBeGreaterThan(-1);
      expect(at, `${kind} before the first load`).toBeLessThan(load);
    }
  });

  it('builds the application menu, and rebuilds it when the recent list changes', () => {
    const menus = run.log.filter((e) => e.kind === 'Menu.setApplicationMenu');
    expect(menus.length).toBeGreaterThanOrEqual(2);
    expect(menus[0]!['labels']).toEqual(['&File', '&Edit', '&View', '&Help']);
    // Open Recent lists what was opened: the OS's file, then the second instance's.
    expect(menus.at(-1)!['all']).toEqual(expect.arrayContaining([expect.stringContaining('b.ivlp.json'), expect.stringContaining('c.ivlp.json')]));
  });

  it('opens the file the OS handed over before ready (macOS open-file) in the first window', () => {
    expect(run.results['first']).toEqual({ ok: true, name: 'c.ivlp.json' });
  });

  it('a second instance’s file opens in the front window and reaches the page as onProgramOpened', () => {
    const opened = run.log.filter((e) => e.kind === 'webContents.send' && e['channel'] === EVENT_CHANNELS.onProgramOpened);
    expect(opened.map((e) => e['name'])).toEqual(['b.ivlp.json']);
    expect(run.results['second']).toEqual({ name: 'b.ivlp.json' });
    expect(run.results['applied']).toBe(true);
  });

  it('serves the renderer over app:// with the CSP, and nothing outside it', () => {
    expect(run.results['page']).toEqual({ status: 200, csp: CONTENT_SECURITY_POLICY, html: true });
    expect(run.results['escape']).toBe(404);
  });

  it('keeps crash dumps local from before ready, and never uploads them', () => {
    const start = run.log.find((e) => e.kind === 'crashReporter.start');
    expect(start).toMatchObject({ options: { uploadToServer: false }, beforeReady: true });
    expect(indexOf(run.log, 'crashReporter.start')).toBeLessThan(indexOf(run.log, 'ready'));
  });

  it('puts every opened program in the OS recent documents, and follows the color setting', () => {
    const recent = run.log.filter((e) => e.kind === 'app.addRecentDocument').map((e) => e['path']);
    expect(recent).toEqual(expect.arrayContaining([join(run.dir, 'c.ivlp.json'), join(run.dir, 'b.ivlp.json')]));
    expect(run.log.find((e) => e.kind === 'nativeTheme.themeSource')).toMatchObject({ value: 'system' });
  });

  it('offers Help › Check for Updates… in the default manual mode, and checks nothing at start', () => {
    const menus = run.log.filter((e) => e.kind === 'Menu.setApplicationMenu');
    expect(JSON.stringify(menus.at(-1)?.['all'])).toContain('Check for Updates…');
    expect(kinds(run.log).filter((k) => /update/i.test(k))).toEqual([]);
  });

  it('opens the window where it was, brought back onto the displays there are now, and remembers it on quit', async () => {
    const created = run.log.find((e) => e.kind === 'BrowserWindow.new') as unknown as { options: Record<string, number> };
    // 1000 x 700 centred on the one 1440 x 875 work area (below a 25 px menu bar).
    expect(created.options).toMatchObject({ x: 220, y: 113, width: 1000, height: 700 });
    const saved = JSON.parse(await readFile(join(run.dir, 'user-data', 'window-state.json'), 'utf8')) as unknown;
    expect(saved).toEqual({ bounds: { x: 220, y: 113, width: 1000, height: 700 }, maximized: false });
  });

  it('quitting flushes the edit made a moment before to disk and releases every lock', async () => {
    expect(kinds(run.log)).toContain('quit.done');
    expect(kinds(run.log)).not.toContain('quit.prevented-by-close');
    const saved = JSON.parse(await readFile(join(run.dir, 'b.ivlp.json'), 'utf8')) as { title: string };
    expect(saved.title).toBe('Renamed just before quitting');
    const left = await readdir(run.dir);
    expect(left.filter((name) => /lock/i.test(name))).toEqual([]);
    expect(run.stderr).toBe('');
  });
});

describe('a second copy of the app', () => {
  it('quits at once when another instance holds the lock: no window, no handlers', async () => {
    const second = await bootApp({ singleInstance: false });
    expect(kinds(second.log)).toContain('app.quit');
    expect(second.results['windows']).toBe(0);
    expect(kinds(second.log)).not.toContain('ipcMain.handle');
  }, 60_000);
});
