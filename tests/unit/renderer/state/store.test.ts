/**
 * The renderer store against a scripted main: optimistic edits, one request at a time in order,
 * rollback and replay when main refuses, undo applied on main's copy, stale answers ignored.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/shared/commands/apply';
import type { Command } from '../../../../src/shared/commands/types';
import type { AppliedResult, DocumentSnapshot, IpcResult } from '../../../../src/shared/ipc/contract';
import { emptyProgram, EVERYONE, placeActivity } from '../../../../src/shared/program/factory';
import { serializeProgram } from '../../../../src/shared/program/load';
import type { Program } from '../../../../src/shared/program/schema';
import { zonedFromLocal } from '../../../../src/shared/time';
import type { Api } from '../../../../src/renderer/api';
import { AppStore } from '../../../../src/renderer/state/store';

const NY = 'America/New_York';
const at = (local: string) => zonedFromLocal(local, NY);

function program(): Program {
  let p = emptyProgram({ id: 'p', title: 'Store test', startDate: '2024-04-29', endDate: '2024-05-03', homeTimeZone: NY });
  p = applyCommand(p, { type: 'entity/create', collection: 'cities', entity: { id: 'dc', name: 'Washington', region: 'DC', country: 'US', timeZone: NY } }).program;
  for (const [id, day] of [['a', '29'], ['b', '30']] as const) {
    const activity = placeActivity({ id, title: `Activity ${id}`, cityId: 'dc', attendees: EVERYONE, timing: { kind: 'scheduled', start: at(`2024-04-${day}T09:00`), end: at(`2024-04-${day}T10:00`) } });
    p = applyCommand(p, { type: 'activity/create', activity }).program;
  }
  return p;
}

function snapshot(p: Program, docId = 'doc-1', revision = 0): DocumentSnapshot {
  return {
    docId,
    name: 'test.ivlp.json',
    folder: '/tmp',
    revision,
    json: serializeProgram(p),
    readOnlyReason: null,
    saveState: { status: 'saved', code: null, message: null, savedAt: null },
    history: { undoLabel: null, redoLabel: null },
    recovery: null,
    lockHolder: null,
  };
}

interface Call {
  method: string;
  args: unknown;
  answer: (result: IpcResult<unknown>) => void;
}

/** A main whose answers the test gives by hand, one call at a time. */
function scriptedMain(initial: DocumentSnapshot | null) {
  const calls: Call[] = [];
  const listeners = new Map<string, (payload: unknown) => void>();
  const call = (method: string) => (args?: unknown) =>
    new Promise<IpcResult<unknown>>((resolve) => {
      calls.push({ method, args, answer: resolve });
    });
  const api = {
    getCurrentProgram: async () => ({ ok: true, value: initial }),
    applyCommand: call('applyCommand'),
    undo: call('undo'),
    redo: call('redo'),
    onProgramOpened: (listener: (payload: unknown) => void) => {
      listeners.set('opened', listener);
      return () => listeners.delete('opened');
    },
    onSaveState: (listener: (payload: unknown) => void) => {
      listeners.set('save', listener);
      return () => listeners.delete('save');
    },
    exportPdf: call('exportPdf'),
    onExportProgress: (listener: (payload: unknown) => void) => {
      listeners.set('export', listener);
      return () => listeners.delete('export');
    },
    onRemoteChange: (listener: (payload: unknown) => void) => {
      listeners.set('remote', listener);
      return () => listeners.delete('remote');
    },
    onSyncState: (listener: (payload: unknown) => void) => {
      listeners.set('sync', listener);
      return () => listeners.delete('sync');
    },
    getSyncState: async () => ({ ok: true, value: null }),
  } as unknown as Api;
  return { api, calls, emit: (name: string, payload: unknown) => listeners.get(name)?.(payload) };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const move = (id: string, local: string): Command => ({ type: 'activity/move', id, start: at(local) });
const startOf = (store: AppStore, id: string) => {
  const timing = store.getState().program?.activities.find((a) => a.id === id)?.timing;
  return timing?.kind === 'scheduled' ? timing.start : null;
};
const ok = (revision: number, command: Command): IpcResult<AppliedResult> => ({
  ok: true,
  value: { revision, command, history: { undoLabel: 'Move', redoLabel: null } },
});

async function started(p = program()) {
  const main = scriptedMain(snapshot(p));
  const store = new AppStore(main.api);
  store.start();
  await flush();
  return { store, main };
}

describe('AppStore', () => {
  it('paints an edit at once and sends it against the revision main is at', async () => {
    const { store, main } = await started();
    store.edit(move('a', '2024-04-29T13:00'));
    expect(startOf(store, 'a')).toBe(at('2024-04-29T13:00'));
    expect(store.getState().pendingEdits).toBe(1);
    await flush();
    expect(main.calls.map((c) => c.method)).toEqual(['applyCommand']);
    expect(main.calls[0]?.args).toMatchObject({ docId: 'doc-1', baseRevision: 0 });
    main.calls[0]?.answer(ok(1, move('a', '2024-04-29T13:00')));
    await flush();
    expect(store.getState()).toMatchObject({ revision: 1, pendingEdits: 0, history: { undoLabel: 'Move' } });
  });

  it('sends edits one at a time, each on the revision the previous one reached', async () => {
    const { store, main } = await started();
    store.edit(move('a', '2024-04-29T13:00'));
    store.edit(move('b', '2024-04-30T14:00'));
    await flush();
    expect(main.calls).toHaveLength(1);
    main.calls[0]?.answer(ok(1, move('a', '2024-04-29T13:00')));
    await flush();
    expect(main.calls).toHaveLength(2);
    expect(main.calls[1]?.args).toMatchObject({ baseRevision: 1 });
  });

  it('rolls back a refused edit, keeps the later one, reverts the calendar and shows why', async () => {
    const { store, main } = await started();
    const reverted: string[] = [];
    store.edit(move('a', '2024-04-29T13:00'), () => reverted.push('a'));
    store.edit(move('b', '2024-04-30T14:00'), () => reverted.push('b'));
    await flush();
    main.calls[0]?.answer({ ok: false, error: { code: 'READ_ONLY', message: 'This file is read-only.' } });
    await flush();
    expect(reverted).toEqual(['a']);
    expect(startOf(store, 'a')).toBe(at('2024-04-29T09:00'));
    expect(startOf(store, 'b')).toBe(at('2024-04-30T14:00'));
    expect(store.getState().banner?.message).toBe('This file is read-only.');
    expect(store.getState().revision).toBe(0);
    main.calls[1]?.answer(ok(1, move('b', '2024-04-30T14:00')));
    await flush();
    expect(store.getState()).toMatchObject({ revision: 1, pendingEdits: 0 });
  });

  it('refuses locally, without asking main, an edit that cannot apply', async () => {
    const { store, main } = await started();
    let reverted = false;
    expect(store.edit(move('missing', '2024-04-29T13:00'), () => (reverted = true))).toBe(false);
    await flush();
    expect(reverted).toBe(true);
    expect(main.calls).toHaveLength(0);
    expect(store.getState().banner?.message).toContain('missing');
  });

  it('applies undo on main’s copy, after the edits queued before it, and replays those queued after', async () => {
    const { store, main } = await started();
    store.edit(move('a', '2024-04-29T13:00'));
    store.undo();
    store.edit(move('b', '2024-04-30T14:00'));
    await flush();
    main.calls[0]?.answer(ok(1, move('a', '2024-04-29T13:00')));
    await flush();
    expect(main.calls[1]?.method).toBe('undo');
    main.calls[1]?.answer(ok(2, move('a', '2024-04-29T09:00')));
    await flush();
    expect(startOf(store, 'a')).toBe(at('2024-04-29T09:00'));
    expect(startOf(store, 'b')).toBe(at('2024-04-30T14:00'));
    expect(main.calls[2]?.args).toMatchObject({ baseRevision: 2 });
  });

  it('ignores answers about a document another one replaced', async () => {
    const { store, main } = await started();
    store.edit(move('a', '2024-04-29T13:00'));
    await flush();
    const other = program();
    other.title = 'Other';
    main.emit('opened', snapshot(other, 'doc-2', 7));
    main.calls[0]?.answer(ok(1, move('a', '2024-04-29T13:00')));
    await flush();
    expect(store.getState()).toMatchObject({ revision: 7, pendingEdits: 0, doc: { docId: 'doc-2' } });
    expect(store.getState().program?.title).toBe('Other');
    expect(startOf(store, 'a')).toBe(at('2024-04-29T09:00'));
  });

  it('exports the open document after queued edits, and shows only its own export progress', async () => {
    const { store, main } = await started();
    store.edit(move('a', '2024-04-29T13:00'));
    const exporting = store.exportFiles({ format: 'pdf', selection: { kind: 'group', id: 'g1' }, paper: 'a4' });
    await flush();
    expect(main.calls.map((c) => c.method)).toEqual(['applyCommand']); // the edit reaches main first
    main.calls[0]?.answer(ok(1, move('a', '2024-04-29T13:00')));
    await flush();
    expect(main.calls[1]).toMatchObject({ method: 'exportPdf', args: { docId: 'doc-1', selection: { kind: 'group', id: 'g1' }, paper: 'a4' } });
    main.emit('export', { docId: 'doc-9', phase: 'print', done: 0, total: 1 });
    expect(store.getState().exportProgress).toBeNull();
    main.emit('export', { docId: 'doc-1', phase: 'split', done: 1, total: 2 });
    expect(store.getState().exportProgress).toEqual({ phase: 'split', done: 1, total: 2 });
    main.calls[1]?.answer({ ok: true, value: { folderName: 'Out', files: 1 } });
    expect(await exporting).toEqual({ ok: true, value: { folderName: 'Out', files: 1 } });
  });

  it('a teammate’s change arriving while an edit is on its way shows both; the edit is replayed on top, and undo stays the planner’s own', async () => {
    const { store, main } = await started();
    const docId = store.getState().doc!.docId;
    store.edit(move('a', '2024-04-29T11:00'));
    await flush();
    expect(main.calls).toHaveLength(1);
    // Main merged a teammate's retitle of a2 before it took our move.
    const b = store.getState().program!.activities.find((a) => a.id === 'b')!;
    const merge: Command = { type: 'program/merge', by: ['Bob'], upserts: [{ collection: 'activities', entity: { ...b, title: 'Renamed by Bob' }, index: 1 }], removes: [] };
    main.emit('remote', { docId, applied: { revision: 1, command: merge, history: { undoLabel: null, redoLabel: null } }, by: ['Bob'] });
    const painted = store.getState().program!;
    expect(painted.activities.find((a) => a.id === 'b')?.title).toBe('Renamed by Bob');
    expect(startOf(store, 'a')).toBe(at('2024-04-29T11:00'));
    expect(store.getState().lastRemote?.by).toEqual(['Bob']);
    main.calls[0]!.answer(ok(2, move('a', '2024-04-29T11:00')));
    await flush();
    expect(store.getState().revision).toBe(2);
    expect(store.getState().program!.activities.find((a) => a.id === 'b')?.title).toBe('Renamed by Bob');
    expect(startOf(store, 'a')).toBe(at('2024-04-29T11:00'));
    expect(store.getState().history.undoLabel).toBe('Move');
  });
});
