/**
 * The real Electron app, end to end: security properties that only exist inside Electron (the
 * preload bridge, the sandbox, the navigation guard, the app:// protocol) and one real edit that
 * must reach the file on disk. Needs the Electron binary (node_modules/electron/path.txt and
 * dist/); where it cannot be downloaded every test is skipped and says why in its title. Linux CI
 * without a display: run under `xvfb-run`.
 */
import { test as base, expect, _electron, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../src/main/security/csp';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../src/shared/ipc/channels';

const APP_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = join(APP_ROOT, 'resources', 'samples', 'tmssw-2024.ivlp.json');
const SKIPPED = '(skipped where the Electron binary is absent)';

/** The Electron executable, or why there is none. */
function electronBinary(): { path: string } | { missing: string } {
  let electronDir: string;
  try {
    electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed' };
  }
  const fromEnv = process.env['ELECTRON_EXEC_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv } : { missing: `ELECTRON_EXEC_PATH ${fromEnv} does not exist` };
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return { missing: `${pathFile} is missing; run \`npx install-electron\` where the internet is reachable` };
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { missing: `${binary} is missing; run \`npx install-electron\`` };
}

interface Launched {
  app: ElectronApplication;
  page: Page;
  documents: string;
}

const binary = electronBinary();

// Each test gets its own data and documents folders (and so its own single-instance lock).
const test = base.extend<{ launched: Launched }>({
  // Playwright reads fixture dependencies from the first parameter's destructuring: none here.
  // oxlint-disable-next-line no-empty-pattern
  launched: async ({}, use) => {
    if (!('path' in binary)) throw new Error('unreachable: the suite is skipped without a binary');
    const scratch = await mkdtemp(join(tmpdir(), 'ivlp-electron-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
    delete env['ELECTRON_RENDERER_URL']; // the built renderer over app://, as shipped
    delete env['ELECTRON_RUN_AS_NODE'];
    env['IVLP_USER_DATA_DIR'] = join(scratch, 'user-data');
    env['IVLP_DOCUMENTS_DIR'] = join(scratch, 'documents');
    const app = await _electron.launch({
      executablePath: binary.path,
      // Chromium refuses to run as root with its OS sandbox; containers often are root. The
      // renderer still runs with `sandbox: true` semantics (no Node), which is what is tested.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), APP_ROOT],
      cwd: APP_ROOT,
      env,
    });
    try {
      const page = await app.firstWindow();
      await page.locator('.calendar[data-ready="true"]').waitFor({ timeout: 30_000 });
      await use({ app, page, documents: env['IVLP_DOCUMENTS_DIR'] });
    } finally {
      await app.close();
      await rm(scratch, { recursive: true, force: true });
    }
  },
});

const windowTitle = (app: ElectronApplication) => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');

test.describe('the Electron app', () => {
  test.skip(!('path' in binary), `Electron binary not installed on this machine (no download possible): ${'missing' in binary ? binary.missing : ''}`);
  test.beforeAll(() => {
    expect(existsSync(join(APP_ROOT, 'out', 'main', 'index.js')), 'run `npm run build` first').toBe(true);
  });

  test(`starts with the sample program open, served from app:// ${SKIPPED}`, async ({ launched }) => {
    const { app, page } = launched;
    const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as { title: string };
    await expect.poll(() => windowTitle(app)).toContain(sample.title);
    expect(page.url()).toBe('app://ivlp/index.html');
    const headers = await page.evaluate(async () => {
      const response = await fetch('/index.html');
      return { csp: response.headers.get('content-security-policy'), type: response.headers.get('content-type') };
    });
    expect(headers).toEqual({ csp: CONTENT_SECURITY_POLICY, type: 'text/html; charset=utf-8' });
    const outside = await page.evaluate(async () => (await fetch('/%2e%2e/package.json')).status);
    expect(outside).toBe(404);
  });

  test(`exposes exactly the allowlisted, frozen window.api ${SKIPPED}`, async ({ launched }) => {
    const shape = await launched.page.evaluate(() => {
      const api = (window as unknown as { api: Record<string, unknown> }).api;
      return {
        keys: Object.keys(api).sort(),
        types: [...new Set(Object.values(api).map((value) => typeof value))],
        frozen: Object.isFrozen(api),
        writable: Object.getOwnPropertyDescriptor(window, 'api')?.writable ?? null,
      };
    });
    expect(shape.keys).toEqual([...Object.keys(INVOKE_CHANNELS), ...Object.keys(EVENT_CHANNELS)].sort());
    expect(shape.types).toEqual(['function']);
    expect(shape.frozen).toBe(true);
    expect(shape.writable).not.toBe(true);

    // The allowlist for external links holds at the IPC boundary too.
    const refused = await launched.page.evaluate(async () => {
      const api = (window as unknown as { api: { openExternal(args: { url: string }): Promise<{ ok: boolean }> } }).api;
      return Promise.all(['file:///etc/passwd', 'javascript:alert(1)', 'http://example.org/'].map(async (url) => (await api.openExternal({ url })).ok));
    });
    expect(refused).toEqual([false, false, false]);
  });

  test(`gives the renderer no Node.js ${SKIPPED}`, async ({ launched }) => {
    const globals = await launched.page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return [typeof w['require'], typeof w['process'], typeof w['module'], typeof w['Buffer'], typeof w['global'], typeof w['ipcRenderer']];
    });
    expect(globals).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
  });

  test(`blocks navigation to another origin and new windows ${SKIPPED}`, async ({ launched }) => {
    const { app, page } = launched;
    // Record what the guard saw, so the test waits on the blocked attempt rather than a sleep.
    await app.evaluate(({ BrowserWindow }) => {
      const seen: string[] = [];
      (globalThis as unknown as { navigationAttempts: string[] }).navigationAttempts = seen;
      BrowserWindow.getAllWindows()[0]?.webContents.on('will-navigate', (event) => seen.push(event.url));
    });
    await page.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
    });
    const attempts = () => app.evaluate(() => (globalThis as unknown as { navigationAttempts: string[] }).navigationAttempts);

    for (const target of ['https://example.org/', 'file:///etc/passwd']) {
      await page.evaluate((url) => {
        window.location.href = url;
      }, target);
      await expect.poll(attempts).toContain(target);
    }
    expect(page.url()).toBe('app://ivlp/index.html');
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

    const opened = await page.evaluate(() => window.open('app://ivlp/index.html') === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });

  test(`saves a dragged activity to the file on disk ${SKIPPED}`, async ({ launched }) => {
    const { app, page, documents } = launched;
    // The first run copies the sample somewhere under the documents folder (the core picks the subfolder).
    const files = (await readdir(documents, { recursive: true })).filter((name) => name.endsWith('.ivlp.json'));
    expect(files).toHaveLength(1);
    const file = join(documents, files[0] as string);
    type Activity = { id: string; type: string; timing: { kind: string; start?: string } };
    const activities = async () => (JSON.parse(await readFile(file, 'utf8')) as { activities: Activity[] }).activities;
    const startOf = async (id: string) => (await activities()).find((a) => a.id === id)?.timing.start ?? null;

    // A timed activity (not a hotel stay or travel) whose block is fully on screen.
    const candidates = new Set(
      (await activities()).filter((a) => a.timing.kind === 'scheduled' && a.type !== 'hotel-stay' && a.type !== 'travel').map((a) => a.id),
    );
    const hour = await page.evaluate(() => {
      const nine = document.querySelector('[data-time="09:00:00"]')?.getBoundingClientRect().top ?? Number.NaN;
      const ten = document.querySelector('[data-time="10:00:00"]')?.getBoundingClientRect().top ?? Number.NaN;
      return ten - nine;
    });
    expect(hour).toBeGreaterThan(10);
    const target = await page.evaluate(
      ({ ids, hour }) => {
        for (const el of Array.from(document.querySelectorAll<HTMLElement>('.calendar [data-event-id]'))) {
          const box = el.getBoundingClientRect();
          if (!ids.includes(el.dataset['eventId'] ?? '') || box.height < 20) continue;
          if (box.top > 0 && box.bottom + hour + 10 < window.innerHeight) return { id: el.dataset['eventId'] as string, x: box.left + box.width / 2, y: box.top + 10 };
        }
        return null;
      },
      { ids: [...candidates], hour },
    );
    expect(target, 'a timed activity is visible in the first week').not.toBeNull();
    if (!target) return;
    const before = await startOf(target.id);

    // FullCalendar listens to mouse events and needs a few pixels before a drag starts.
    await page.mouse.move(target.x, target.y);
    await page.mouse.down();
    await page.mouse.move(target.x, target.y + 6, { steps: 2 });
    await page.mouse.move(target.x, target.y + hour, { steps: 12 });
    await page.mouse.up();

    await expect.poll(() => startOf(target.id), { timeout: 15_000 }).not.toBe(before);
    const after = await startOf(target.id);
    expect(instant(after) - instant(before)).toBe(60 * 60 * 1000);
    // The title drops its "Edited"/"Saving…" suffix once the save has landed.
    await expect.poll(() => windowTitle(app)).not.toMatch(/Edited|Saving/);
  });
});

/** The instant of a zoned time string such as 2024-05-06T09:00:00-07:00[America/Phoenix]. */
function instant(zoned: string | null): number {
  return Date.parse((zoned ?? '').replace(/\[.*\]$/, ''));
}
