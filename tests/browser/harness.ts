/**
 * Runs the built renderer in a real Chromium against the real main-process core: the page is
 * served from out/renderer at http://app.test, `window.api` is the same buildBridge the preload
 * uses, and every call goes through createDispatcher over core.actions, on real files in a temp
 * folder of its own per test. Only Electron itself is replaced: IPC by a Playwright binding,
 * webContents.send by page.evaluate, OS dialogs by a scripted queue.
 */
import { test as base, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { createApp, type App } from '../../src/main/app/create-app';
import { createDispatcher, type Dispatch } from '../../src/main/ipc/wrapper';
import { trustedSenderPolicy } from '../../src/main/security/sender-policy';
import { createChromiumPrinter } from '../../src/main/print/chromium-printer';
import { lazyPrinter } from '../../src/main/print/lazy-printer';
import { CONTENT_SECURITY_POLICY } from '../../src/main/security/csp';
import type { Dialogs, EventSink } from '../../src/main/services';
import { buildBridge, CHANNEL_MAPS } from '../../src/shared/ipc/bridge';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { SETTINGS_FILE } from '../../src/main/settings/settings-store';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type InvokeMethod } from '../../src/shared/ipc/channels';

export const APP_ORIGIN = 'http://app.test';
export const WINDOW_ID = 1;
// IVLP_OUT_DIR lets several builds live side by side (`electron-vite build --outDir out-x`), so
// parallel work never tests a renderer another build is halfway through writing.
const RENDERER_DIR = new URL(`../../${process.env.IVLP_OUT_DIR ?? 'out'}/renderer/`, import.meta.url).pathname;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

const METHOD_OF_CHANNEL = new Map<string, InvokeMethod>(
  Object.entries(INVOKE_CHANNELS).map(([method, channel]) => [channel, method as InvokeMethod]),
);

/** Answers for the OS dialogs main would show, consumed in order; an empty queue means "Cancel". */
export interface ScriptedDialogs {
  open: (string | null)[];
  save: (string | null)[];
  /** Folders picked for exports. */
  folders: (string | null)[];
  answers: number[];
}

export interface HarnessOptions {
  /** The program file to copy into the test's documents folder. */
  programFile: string;
  /** Name of the copy (defaults to the source's name). */
  fileName?: string;
  /**
   * The app settings the run starts with (settings.json in its data folder). Tests read times as
   * 24-hour clocks unless they say otherwise; Chromium's en-US locale would make them 12-hour.
   */
  settings?: Partial<Settings>;
}

export class Harness {
  readonly dialogs: ScriptedDialogs = { open: [], save: [], folders: [], answers: [] };
  /** Export PDFs print in a Chromium of the harness's own, started on the first print only. */
  private readonly printer = lazyPrinter(() => createChromiumPrinter());
  /** Every main -> renderer event, for assertions. */
  readonly sentEvents: { event: string; payload: unknown }[] = [];
  private core: App | null = null;
  private dispatch: Dispatch | null = null;
  /** Events are delivered in order, and an IPC answer only after the events its handler sent (as Electron's one pipe does). */
  private deliveries: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly page: Page,
    readonly dir: string,
    readonly programPath: string,
  ) {}

  static async create(page: Page, options: HarnessOptions): Promise<Harness> {
    const dir = await mkdtemp(join(tmpdir(), 'ivlp-browser-'));
    await mkdir(join(dir, 'documents'), { recursive: true });
    await mkdir(join(dir, 'user-data'), { recursive: true });
    const programPath = join(dir, 'documents', options.fileName ?? options.programFile.split(sep).pop() ?? 'program.ivlp.json');
    await copyFile(options.programFile, programPath);
    await writeFile(join(dir, 'user-data', SETTINGS_FILE), JSON.stringify({ ...DEFAULT_SETTINGS, timeFormat: '24h', ...options.settings }));
    const harness = new Harness(page, dir, programPath);
    await harness.install();
    await harness.startCore();
    return harness;
  }

  get userData(): string {
    return join(this.dir, 'user-data');
  }

  /** Loads the app and waits until it has asked main for its program and painted the result. */
  async open(): Promise<void> {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
      // electron-vite resolves a relative --outDir for the renderer against src/renderer: pass an absolute one.
      throw new Error(`${RENDERER_DIR}index.html is missing: build first (npx electron-vite build, or --outDir "$PWD/${process.env.IVLP_OUT_DIR ?? 'out'}" with an absolute path)`);
    }
    await this.page.goto(`${APP_ORIGIN}/index.html`);
    await this.waitForBoot();
  }

  /** A fresh core over the same files (as after quitting and starting the app), then a page reload. */
  async restart(): Promise<void> {
    await this.stopCore();
    await this.startCore();
    await this.page.reload();
    await this.waitForBoot();
  }

  async dispose(): Promise<void> {
    await this.stopCore();
    await this.printer.close();
    await rm(this.dir, { recursive: true, force: true });
  }

  /** Path for a file in the test's documents folder (for scripted dialog answers). */
  documentPath(name: string): string {
    return join(this.dir, 'documents', name);
  }

  /** Copies another program file into the documents folder; returns its path there. */
  async addDocument(source: string, name: string): Promise<string> {
    const path = this.documentPath(name);
    await copyFile(source, path);
    return path;
  }

  async readProgramText(): Promise<string> {
    return readFile(this.programPath, 'utf8');
  }

  async writeProgramText(text: string): Promise<void> {
    await writeFile(this.programPath, text);
  }

  private async waitForBoot(): Promise<void> {
    await this.page.waitForFunction(() => {
      const root = document.querySelector('.calendar, .empty-state');
      if (!root) return false;
      return !root.classList.contains('calendar') || (root as HTMLElement).dataset.ready === 'true';
    });
  }

  private async startCore(): Promise<void> {
    const dialogs: Dialogs = {
      ask: async () => this.dialogs.answers.shift() ?? 0,
      chooseProgramToOpen: async () => this.dialogs.open.shift() ?? null,
      chooseProgramSavePath: async () => this.dialogs.save.shift() ?? null,
      chooseExportFolder: async () => this.dialogs.folders.shift() ?? null,
      // Roster files come from the same open queue as programs: both are "pick a file to read".
      chooseRosterToOpen: async () => this.dialogs.open.shift() ?? null,
      // Directory files too; a save dialog for a new directory takes the save queue.
      chooseDirectoryToOpen: async () => this.dialogs.open.shift() ?? null,
      chooseDirectorySavePath: async () => this.dialogs.save.shift() ?? null,
      chooseProgramsToImport: async () => {
        const path = this.dialogs.open.shift();
        return path ? [path] : [];
      },
    };
    const events: EventSink = {
      send: (windowId, event, payload) => {
        if (windowId !== WINDOW_ID) return;
        this.sentEvents.push({ event, payload });
        const channel = EVENT_CHANNELS[event];
        this.deliveries = this.deliveries.then(() =>
          this.page
            .evaluate(([c, p]) => (window as unknown as { ivlpHarnessEmit?: (c: string, p: unknown) => void }).ivlpHarnessEmit?.(c, p), [channel, payload] as const)
            // A page that is navigating or closed has no listeners left to tell.
            .catch(() => undefined),
        );
      },
    };
    const core = createApp({
      paths: { userData: this.userData, documents: join(this.dir, 'documents'), sampleProgram: this.programPath },
      dialogs,
      events,
      identity: { user: 'tester', host: 'test-host', pid: process.pid },
      opener: { open: async () => undefined },
      appVersion: '0.0.0-test',
      platform: process.platform,
      printer: this.printer,
    });
    this.core = core;
    this.dispatch = createDispatcher(core.actions, {
      isTrustedSender: trustedSenderPolicy(APP_ORIGIN, (id) => id === WINDOW_ID),
      onUnexpectedError: (method, error) => console.error(`unexpected error in ${method}:`, error),
    });
    await core.openInitial(WINDOW_ID, this.programPath);
  }

  private async stopCore(): Promise<void> {
    const core = this.core;
    this.core = null;
    this.dispatch = null;
    if (!core) return;
    await core.documents.closeWindow(WINDOW_ID);
    await core.stop();
  }

  private async install(): Promise<void> {
    const page = this.page;
    await page.route(`${APP_ORIGIN}/**`, async (route) => {
      const url = new URL(route.request().url());
      const relative = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '') || 'index.html';
      const file = join(RENDERER_DIR, relative);
      if (!file.startsWith(RENDERER_DIR)) return route.fulfill({ status: 404, body: 'not found' });
      try {
        const body = await readFile(file);
        // The same policy header Electron's app:// handler sends, on top of the page's own meta tag.
        const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
        await route.fulfill({ status: 200, body, headers, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      } catch {
        await route.fulfill({ status: 404, body: 'not found' });
      }
    });
    await page.exposeBinding('__ivlpInvoke', async (source, channel: string, args: unknown) => {
      const method = METHOD_OF_CHANNEL.get(channel);
      const dispatch = this.dispatch;
      if (!method || !dispatch) return { ok: false, error: { code: 'BAD_ARGUMENTS', message: `unknown channel ${channel}` } };
      const sender = { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame(), windowId: WINDOW_ID };
      const t0 = performance.now();
      const result = await dispatch(method, sender, args);
      const t1 = performance.now();
      await this.deliveries;
      // IVLP_TRACE=1 prints how long each call spends in main and in delivering its events.
      if (process.env.IVLP_TRACE) console.log(`${method}: handler ${(t1 - t0).toFixed(1)} ms, events ${(performance.now() - t1).toFixed(1)} ms`);
      return result;
    });
    // The preload's bridge, built from the same function and channel map, over the binding above.
    await page.addInitScript(`(() => {
      const buildBridge = ${buildBridge.toString()};
      const listeners = new Map();
      const subscribe = (channel, listener) => {
        let set = listeners.get(channel);
        if (!set) listeners.set(channel, (set = new Set()));
        set.add(listener);
        return () => set.delete(listener);
      };
      Object.defineProperty(window, 'ivlpHarnessEmit', {
        value: (channel, payload) => { for (const listener of [...(listeners.get(channel) || [])]) listener(payload); },
      });
      const invoke = (channel, args) => window.__ivlpInvoke(channel, args);
      window.api = buildBridge(invoke, subscribe, ${JSON.stringify(CHANNEL_MAPS)});
    })();`);
  }
}

/** `test` with a `harness` fixture: `await harness({ programFile })` sets up one test's app and files. */
export const test = base.extend<{ harness: (options: HarnessOptions) => Promise<Harness> }>({
  harness: async ({ page }, use) => {
    const created: Harness[] = [];
    await use(async (options) => {
      const harness = await Harness.create(page, options);
      created.push(harness);
      return harness;
    });
    for (const harness of created) await harness.dispose();
  },
});

export { expect } from '@playwright/test';
