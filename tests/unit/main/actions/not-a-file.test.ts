/**
 * The app refuses a program or a roster that is not a regular file (here a real named pipe made
 * with mkfifo) at once, with a message that says what it is; nothing is opened or imported.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCoreFixture, WINDOW, type CoreFixture } from '../app-fixture';

let fixture: CoreFixture | undefined;
afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
});

function fifoIn(f: CoreFixture, name: string): string {
  const path = join(f.dir, name);
  execFileSync('mkfifo', [path]);
  return path;
}

describe.runIf(process.platform !== 'win32')('not a regular file, in the app (POSIX: mkfifo)', () => {
  it('Open… on a FIFO is refused naming it a named pipe', async () => {
    fixture = await createCoreFixture();
    await fixture.core.openInitial(WINDOW, fixture.programPath);
    fixture.dialogs.open.push(fifoIn(fixture, 'shared.ivlp.json'));
    await expect(fixture.core.actions.openProgram(undefined, { windowId: WINDOW })).rejects.toThrow(/shared\.ivlp\.json is a named pipe \(FIFO\), not a program file/);
  });

  it('roster:read on a FIFO is refused naming it a named pipe', async () => {
    fixture = await createCoreFixture();
    await fixture.core.openInitial(WINDOW, fixture.programPath);
    const doc = await fixture.call('getCurrentProgram');
    if (!doc) throw new Error('nothing open');
    fixture.dialogs.open.push(fifoIn(fixture, 'delegation.csv'));
    const result = await fixture.attempt('readRoster', { docId: doc.docId });
    expect(result).toMatchObject({ ok: false, error: { code: 'ROSTER_UNREADABLE', message: 'delegation.csv cannot be imported: it is a named pipe (FIFO), not a file.' } });
  });
});
