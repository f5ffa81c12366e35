import { describe, expect, it } from 'vitest';
import { combineActions, type Actions } from '../../../../src/main/actions/table';
import { INVOKE_CHANNELS, type InvokeMethod } from '../../../../src/shared/ipc/channels';
import { createCoreFixture } from '../app-fixture';

const methods = Object.keys(INVOKE_CHANNELS) as InvokeMethod[];
const stub = async () => null;
const tableOf = (names: readonly string[]) => Object.fromEntries(names.map((name) => [name, stub])) as unknown as Partial<Actions>;

describe('combining action tables', () => {
  it('refuses a method defined by two tables, naming it', () => {
    const [first, ...rest] = methods;
    expect(() => combineActions(tableOf([first!]), tableOf(methods))).toThrow(`The action "${first}" is defined by two action tables.`);
    expect(rest.length).toBeGreaterThan(0);
  });

  it('refuses a table set that leaves a contract method without an action, naming it', () => {
    expect(() => combineActions(tableOf(methods.filter((m) => m !== 'undo')))).toThrow('No action table defines: undo.');
  });

  it('refuses an action the contract has no channel for', () => {
    expect(() => combineActions(tableOf([...methods, 'launchMissiles']))).toThrow('Actions without a channel in the contract: launchMissiles.');
  });

  it('the app combines exactly one action per channel, frozen', async () => {
    const f = await createCoreFixture();
    try {
      expect(Object.keys(f.core.actions).sort()).toEqual([...methods].sort());
      expect(Object.isFrozen(f.core.actions)).toBe(true);
    } finally {
      await f.cleanup();
    }
  });

  it('a menu command calls the same action as IPC and pushes the opened program to the window', async () => {
    const f = await createCoreFixture();
    try {
      await f.core.openInitial(1, f.programPath);
      f.dialogs.save.push(`${f.dir}/renamed`);
      await f.core.commands.saveAs(1);
      const opened = f.events.filter((e) => e.event === 'onProgramOpened');
      expect(opened).toHaveLength(1);
      expect((opened[0]!.payload as { name: string }).name).toBe('renamed.ivlp');
      // Through IPC the same action answers with the snapshot and pushes nothing.
      f.dialogs.save.push(`${f.dir}/again`);
      const snapshot = await f.call('saveProgramAs', { docId: f.core.documents.currentDocId(1) });
      expect(snapshot?.name).toBe('again.ivlp');
      expect(f.events.filter((e) => e.event === 'onProgramOpened')).toHaveLength(1);
    } finally {
      await f.cleanup();
    }
  });
});
