/**
 * A real core over real temp folders: scripted dialogs, recorded events, a small program file.
 * Used by the Node tests of the handler table (the same table Electron registers).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../../src/main/app/create-app';
import { createDispatcher } from '../../../src/main/ipc/wrapper';
import { trustedSenderPolicy } from '../../../src/main/security/sender-policy';
import { createChromiumPrinter } from '../../../src/main/print/chromium-printer';
import { lazyPrinter } from '../../../src/main/print/lazy-printer';
import type { Printer } from '../../../src/main/print/printer';
import type { Dialogs, EventSink } from '../../../src/main/services';
import type { InvokeMethod } from '../../../src/shared/ipc/channels';
import type { ArgsOf, ResultOf } from '../../../src/shared/ipc/contract';
import { applyCommand } from '../../../src/shared/commands/apply';
import { emptyProgram, EVERYONE, placeActivity } from '../../../src/shared/program/factory';
import { serializeProgram } from '../../../src/shared/program/load';
import type { Program } from '../../../src/shared/program/schema';
import { zonedFromLocal } from '../../../src/shared/time';

export const WINDOW = 1;
/** A second window, for two programs open side by side. */
export const OTHER_WINDOW = 2;

/** A small, valid program: Washington and Phoenix, one group, two participants, three activities. */
export function smallProgram(): Program {
  let program = emptyProgram({ id: 'p-test', title: 'Test Program', startDate: '2024-04-29', endDate: '2024-05-17', homeTimeZone: 'America/New_York' });
  const commands = [
    { type: 'entity/create', collection: 'cities', entity: { id: 'dc', name: 'Washington', region: 'DC', country: 'United States', timeZone: 'America/New_York' } },
    { type: 'entity/create', collection: 'cities', entity: { id: 'phx', name: 'Phoenix', region: 'AZ', country: 'United States', timeZone: 'America/Phoenix' } },
    { type: 'entity/create', collection: 'participants', entity: { id: 'p1', givenName: 'Ana', familyName: 'Pérez', languages: ['es'], phone: '', email: '', arrival: null, departure: null, internalNotes: '', passportName: '', country: 'Chile', position: 'Prosecutor', organization: 'Fiscalía', interpretation: 'Spanish', dietaryNotes: '', accessibilityNotes: '' } },
    { type: 'entity/create', collection: 'participants', entity: { id: 'p2', givenName: 'Łukasz', familyName: 'Wójcik', languages: ['pl', 'en'], phone: '', email: '', arrival: null, departure: null, internalNotes: '', passportName: '', country: 'Poland', position: 'Inspector', organization: 'Police', interpretation: null, dietaryNotes: '', accessibilityNotes: '' } },
    { type: 'entity/create', collection: 'groups', entity: { id: 'g1', name: 'Group A', color: '#1f6feb', participantIds: ['p1', 'p2'], staffIds: [] } },
  ] as const;
  for (const command of commands) program = applyCommand(program, command).program;
  const activities = [
    placeActivity({ id: 'a-orientation', title: 'Orientation', type: 'briefing', cityId: 'dc', attendees: EVERYONE, timing: { kind: 'scheduled', start: zonedFromLocal('2024-04-29T09:00', 'America/New_York'), end: zonedFromLocal('2024-04-29T11:00', 'America/New_York') } }),
    placeActivity({ id: 'a-police', title: 'Phoenix Police Department', cityId: 'phx', attendees: { everyone: false, groupIds: ['g1'], participantIds: [], staffIds: [] }, timing: { kind: 'scheduled', start: zonedFromLocal('2024-05-06T09:00', 'America/Phoenix'), end: zonedFromLocal('2024-05-06T10:30', 'America/Phoenix') } }),
    placeActivity({ id: 'a-later', title: 'To be scheduled', cityId: 'phx', timing: { kind: 'unscheduled', durationMinutes: 60 } }),
  ];
  for (const activity of activities) program = applyCommand(program, { type: 'activity/create', activity }).program;
  return program;
}

/** An IPC sender: the app's own page in the given window. */
const from = (windowId: number) => ({ url: 'app://ivlp/index.html', isMainFrame: true, windowId });

export interface CoreFixture {
  dir: string;
  programPath: string;
  core: App;
  dialogs: { open: (string | null)[]; save: (string | null)[]; folders: (string | null)[]; answers: number[] };
  /** Every question main asked (Dialogs.ask), in order. */
  asked: Parameters<Dialogs['ask']>[1][];
  /** Every event main sent, with the window it went to. */
  events: { event: string; payload: unknown; windowId: number }[];
  call<M extends InvokeMethod>(method: M, args?: ArgsOf<M>): Promise<ResultOf<M>>;
  /** `call` from another window (OTHER_WINDOW). */
  callIn<M extends InvokeMethod>(windowId: number, method: M, args?: ArgsOf<M>): Promise<ResultOf<M>>;
  /** Like call, but returns the error envelope instead of throwing. */
  attempt<M extends InvokeMethod>(method: M, args?: ArgsOf<M>): Promise<{ ok: true; value: ResultOf<M> } | { ok: false; error: { code: string; message: string } }>;
  cleanup(): Promise<void>;
}

/**
 * Creates a temp folder with the program file and a core whose window 1 has nothing open yet.
 * Exports print with a real Chromium (started on the first print only) unless `printer` is given.
 */
export async function createCoreFixture(program: Program = smallProgram(), options: { printer?: Printer; sampleDirectory?: string } = {}): Promise<CoreFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'ivlp-core-'));
  const programPath = join(dir, 'program.ivlp.json');
  await writeFile(programPath, serializeProgram(program));
  const sample = join(dir, 'sample.ivlp.json');
  await writeFile(sample, serializeProgram(program));
  const scripted = { open: [] as (string | null)[], save: [] as (string | null)[], folders: [] as (string | null)[], answers: [] as number[] };
  const asked: Parameters<Dialogs['ask']>[1][] = [];
  const dialogs: Dialogs = {
    ask: async (_windowId, question) => {
      asked.push(question);
      return scripted.answers.shift() ?? 0;
    },
    chooseProgramToOpen: async () => scripted.open.shift() ?? null,
    chooseProgramSavePath: async () => scripted.save.shift() ?? null,
    chooseExportFolder: async () => scripted.folders.shift() ?? null,
    chooseRosterToOpen: async () => scripted.open.shift() ?? null,
    chooseDirectoryToOpen: async () => scripted.open.shift() ?? null,
    chooseDirectorySavePath: async () => scripted.save.shift() ?? null,
    chooseProgramsToImport: async () => {
      const path = scripted.open.shift();
      return path ? [path] : [];
    },
  };
  const printer = options.printer ?? lazyPrinter(() => createChromiumPrinter());
  const events: { event: string; payload: unknown; windowId: number }[] = [];
  const sink: EventSink = { send: (windowId, event, payload) => void events.push({ event, payload, windowId }) };
  const core = createApp({
    paths: { userData: join(dir, 'user-data'), documents: join(dir, 'documents'), sampleProgram: sample, ...(options.sampleDirectory ? { sampleDirectory: options.sampleDirectory } : {}) },
    dialogs,
    events: sink,
    identity: { user: 'tester', host: 'test-host', pid: process.pid },
    opener: { open: async () => undefined },
    appVersion: '0.0.0-test',
    platform: 'linux',
    printer,
  });
  const dispatch = createDispatcher(core.actions, {
    isTrustedSender: trustedSenderPolicy('app://ivlp', (id) => id === WINDOW || id === OTHER_WINDOW),
    // A test that meets INTERNAL shows the cause (the app's log would, in a logLine).
    onUnexpectedError: (method, error) => console.error(`[test core] ${method} failed unexpectedly`, error),
  });
  const attemptIn = async <M extends InvokeMethod>(windowId: number, method: M, args?: ArgsOf<M>) =>
    (await dispatch(method, from(windowId), args)) as { ok: true; value: ResultOf<M> } | { ok: false; error: { code: string; message: string } };
  const attempt = <M extends InvokeMethod>(method: M, args?: ArgsOf<M>) => attemptIn(WINDOW, method, args);
  return {
    dir,
    programPath,
    core,
    dialogs: scripted,
    asked,
    events,
    attempt,
    async call(method, args) {
      const result = await attempt(method, args);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
      return result.value;
    },
    async callIn(windowId, method, args) {
      const result = await attemptIn(windowId, method, args);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
      return result.value;
    },
    async cleanup() {
      await core.documents.closeWindow(WINDOW);
      await core.documents.closeWindow(OTHER_WINDOW);
      await core.stop();
      await printer.close();
      await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    },
  };
}
