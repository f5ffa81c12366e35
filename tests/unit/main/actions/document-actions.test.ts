import { chmod, readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadProgramText, serializeProgram } from '../../../../src/shared/program/load';
import { zonedFromLocal } from '../../../../src/shared/time';
import type { DocumentSnapshot } from '../../../../src/shared/ipc/contract';
import { createCoreFixture, smallProgram, WINDOW, type CoreFixture } from '../app-fixture';

let fixture: CoreFixture;
afterEach(async () => fixture?.cleanup());

async function open(f: CoreFixture): Promise<DocumentSnapshot> {
  await f.core.openInitial(WINDOW, f.programPath);
  const snapshot = await f.call('getCurrentProgram');
  if (!snapshot) throw new Error('nothing open');
  return snapshot;
}

async function onDisk(path: string) {
  const loaded = loadProgramText(await readFile(path, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.program;
}

const move = (start: string) => ({ type: 'activity/move' as const, id: 'a-police', start });

describe('documents through the handler table', () => {
  it('an edit is saved to the file, and undo restores the original bytes', async () => {
    fixture = await createCoreFixture();
    const original = await readFile(fixture.programPath);
    const snapshot = await open(fixture);
    expect(snapshot.saveState.status).toBe('saved');

    const newStart = zonedFromLocal('2024-05-07T14:00', 'America/Phoenix');
    const applied = await fixture.call('applyCommand', { docId: snapshot.docId, baseRevision: 0, command: move(newStart) });
    expect(applied.revision).toBe(1);
    expect(applied.history.undoLabel).toBe('Move “Phoenix Police Department”');
    expect((await fixture.call('saveNow', { docId: snapshot.docId })).status).toBe('saved');

    const saved = await onDisk(fixture.programPath);
    const police = saved.activities.find((a) => a.id === 'a-police');
    expect(police?.timing).toEqual({ kind: 'scheduled', start: '2024-05-07T14:00:00-07:00[America/Phoenix]', end: '2024-05-07T15:30:00-07:00[America/Phoenix]' });
    expect(await readFile(`${fixture.programPath}.bak`)).toEqual(original);

    const undone = await fixture.call('undo', { docId: snapshot.docId });
    expect(undone?.revision).toBe(2);
    await fixture.call('saveNow', { docId: snapshot.docId });
    expect(await readFile(fixture.programPath)).toEqual(original);

    const redone = await fixture.call('redo', { docId: snapshot.docId });
    expect(redone?.command).toEqual(move(newStart));
    await fixture.call('saveNow', { docId: snapshot.docId });
    expect((await onDisk(fixture.programPath)).activities.find((a) => a.id === 'a-police')?.timing).toEqual(police?.timing);
    expect(fixture.events.some((e) => e.event === 'onSaveState')).toBe(true);
  });

  it('autosaves after the debounce without being asked', async () => {
    fixture = await createCoreFixture();
    const snapshot = await open(fixture);
    await fixture.call('applyCommand', { docId: snapshot.docId, baseRevision: 0, command: move(zonedFromLocal('2024-05-08T08:00', 'America/Phoenix')) });
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      const last = fixture.events.filter((e) => e.event === 'onSaveState').at(-1)?.payload as { saveState: { status: string } } | undefined;
      if (last?.saveState.status === 'saved') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await onDisk(fixture.programPath)).activities.find((a) => a.id === 'a-police')?.timing).toMatchObject({ start: '2024-05-08T08:00:00-07:00[America/Phoenix]' });
  });

  it('refuses an edit made against a stale revision, and an invalid command, leaving the file alone', async () => {
    fixture = await createCoreFixture();
    const before = await readFile(fixture.programPath);
    const snapshot = await open(fixture);
    const stale = await fixture.attempt('applyCommand', { docId: snapshot.docId, baseRevision: 5, command: move(zonedFromLocal('2024-05-07T14:00', 'America/Phoenix')) });
    expect(stale).toMatchObject({ ok: false, error: { code: 'STALE_REVISION' } });
    // Phoenix activity written in New York time: the zone must be the place's.
    const wrongZone = await fixture.attempt('applyCommand', { docId: snapshot.docId, baseRevision: 0, command: move(zonedFromLocal('2024-05-07T14:00', 'America/New_York')) });
    expect(wrongZone).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    if (!wrongZone.ok) expect(wrongZone.error.message).toContain('America/Phoenix');
    const missing = await fixture.attempt('applyCommand', { docId: snapshot.docId, baseRevision: 0, command: { type: 'activity/delete', id: 'nope' } });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await fixture.call('saveNow', { docId: snapshot.docId });
    expect(await readFile(fixture.programPath)).toEqual(before);
  });

  it('detects a file changed on disk and never overwrites it silently; reload keeps our edits beside it', async () => {
    fixture = await createCoreFixture();
    const snapshot = await open(fixture);
    const theirs = smallProgram();
    theirs.title = 'Edited by someone else';
    await writeFile(fixture.programPath, serializeProgram(theirs));
    await fixture.call('applyCommand', { docId: snapshot.docId, baseRevision: 0, command: move(zonedFromLocal('2024-05-07T14:00', 'America/Phoenix')) });
    const state = await fixture.call('saveNow', { docId: snapshot.docId });
    expect(state.status).toBe('conflict');
    expect((await onDisk(fixture.programPath)).title).toBe('Edited by someone else');
    const blocked = await fixture.attempt('applyCommand', { docId: snapshot.docId, baseRevision: 1, command: { type: 'activity/delete', id: 'a-later' } });
    expect(blocked).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const reloaded = await fixture.call('resolveConflict', { docId: snapshot.docId, choice: 'reload' });
    expect(JSON.parse(reloaded!.json).title).toBe('Edited by someone else');
    const siblings = (await readdir(fixture.dir)).filter((name) => name.includes('my unsaved edits'));
    expect(siblings).toHaveLength(1);
    const ours = await onDisk(join(fixture.dir, siblings[0]!));
    expect(ours.activities.find((a) => a.id === 'a-police')?.timing).toMatchObject({ start: '2024-05-07T14:00:00-07:00[America/Phoenix]' });
  });

  it('overwrite after a conflict writes our version on purpose', async () => {
    fixture = await createCoreFixture();
    const snapshot = await open(fixture);
    const theirs = smallProgram();
    theirs.title = 'Theirs';
    await writeFile(fixture.programPath, serializeProgram(theirs));
    await fixture.call('applyCommand', { docId: snapshot.docId, baseRevision: 0, command: { type: 'activity/delete', id: 'a-later' } });
    expect((await fixture.call('saveNow', { docId: snapshot.docId })).status).toBe('conflict');
    await fixture.call('resolveConflict', { docId: snapshot.docId, choice: 'overwrite' });
    const disk = await onDisk(fixture.programPath);
    expect(disk.title).toBe('Test Program');
    expect(disk.activities.some((a) => a.id === 'a-later')).toBe(false);
  });

  it('a file that fails to load is reported, left byte-identical, and its backup can be opened as a copy', async () => {
    fixture = await createCoreFixture();
    const good = await readFile(fixture.programPath);
    await writeFile(`${fixture.programPath}.bak`, good);
    const truncated = good.subarray(0, Math.floor(good.length / 2));
    await writeFile(fixture.programPath, truncated);
    await fixture.core.openInitial(WINDOW, fixture.programPath);
    const result = await fixture.attempt('getCurrentProgram');
    expect(result).toMatchObject({ ok: false, error: { code: 'LOAD_FAILED_WITH_BACKUP' } });
    if (!result.ok) {
      expect(result.error.message).toContain('program.ivlp.json');
      expect(result.error.message).toMatch(/cut off|not valid JSON/);
      expect(result.error.message).toContain('backup');
    }
    const recovered = await fixture.call('recoverFromBackup');
    expect(recovered.name).toBe('program (recovered from backup).ivlp.json');
    expect(await readFile(fixture.programPath)).toEqual(truncated);
  });

  it('a file that fails to load with a damaged backup is plain LOAD_FAILED: nothing to offer', async () => {
    fixture = await createCoreFixture();
    const good = await readFile(fixture.programPath);
    await writeFile(`${fixture.programPath}.bak`, good.subarray(0, 40));
    await writeFile(fixture.programPath, good.subarray(0, Math.floor(good.length / 2)));
    await fixture.core.openInitial(WINDOW, fixture.programPath);
    expect(await fixture.attempt('getCurrentProgram')).toMatchObject({ ok: false, error: { code: 'LOAD_FAILED' } });
  });

  it('a read-only file opens read-only and edits are refused', async () => {
    fixture = await createCoreFixture();
    await chmod(fixture.programPath, 0o444);
    const snapshot = await open(fixture);
    expect(snapshot.readOnlyReason).toBeTruthy();
    expect(snapshot.saveState.status).toBe('read-only');
    const refused = await fixture.attempt('applyCommand', { docId: snapshot.docId, baseRevision: 0, command: { type: 'activity/delete', id: 'a-later' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
  });

  it('a program another planner holds opens read-only naming them; "edit anyway" unlocks it', async () => {
    fixture = await createCoreFixture();
    const lockPath = join(fixture.dir, '.~program.ivlp.json.ivlp-lock');
    const since = new Date().toISOString();
    await writeFile(lockPath, JSON.stringify({ user: 'maria', host: 'other-laptop', pid: 4242, since, refreshedAt: since }));
    const snapshot = await open(fixture);
    expect(snapshot.lockHolder).toMatchObject({ user: 'maria', host: 'other-laptop' });
    expect(snapshot.readOnlyReason).toContain('maria');
    const unlocked = await fixture.call('openAnyway', { docId: snapshot.docId });
    expect(unlocked.readOnlyReason).toBeNull();
    await fixture.call('applyCommand', { docId: snapshot.docId, baseRevision: 0, command: { type: 'activity/delete', id: 'a-later' } });
    expect((await fixture.call('saveNow', { docId: snapshot.docId })).status).toBe('saved');
    expect(JSON.parse(await readFile(lockPath, 'utf8')).user).toBe('maria');
  });

  it('takes the lock while open and releases it on close', async () => {
    fixture = await createCoreFixture();
    await open(fixture);
    const lockPath = join(fixture.dir, '.~program.ivlp.json.ivlp-lock');
    expect(JSON.parse(await readFile(lockPath, 'utf8'))).toMatchObject({ user: 'tester', host: 'test-host' });
    await fixture.core.documents.closeWindow(WINDOW);
    expect(existsSync(lockPath)).toBe(false);
  });

  it('offers edits from the crash-recovery journal and restores them', async () => {
    fixture = await createCoreFixture();
    const first = await open(fixture);
    await fixture.call('applyCommand', { docId: first.docId, baseRevision: 0, command: { type: 'activity/delete', id: 'a-later' } });
    // Simulate a crash: the journal is written, the file never saved (make it read-only for the save).
    await chmod(fixture.programPath, 0o444);
    await fixture.call('saveNow', { docId: first.docId });
    await fixture.core.documents.closeWindow(WINDOW);
    await chmod(fixture.programPath, 0o644);

    const reopened = await open(fixture);
    expect(reopened.recovery).not.toBeNull();
    expect(JSON.parse(reopened.json).activities.some((a: { id: string }) => a.id === 'a-later')).toBe(true);
    const restored = await fixture.call('restoreRecovery', { docId: reopened.docId });
    expect(JSON.parse(restored.json).activities.some((a: { id: string }) => a.id === 'a-later')).toBe(false);
    await fixture.call('saveNow', { docId: reopened.docId });
    expect((await onDisk(fixture.programPath)).activities.some((a) => a.id === 'a-later')).toBe(false);
  });

  it('restoring recovered edits made on a file a colleague has since saved opens them beside it, never over it', async () => {
    fixture = await createCoreFixture();
    const first = await open(fixture);
    await fixture.call('applyCommand', { docId: first.docId, baseRevision: 0, command: { type: 'activity/delete', id: 'a-later' } });
    await chmod(fixture.programPath, 0o444);
    await fixture.call('saveNow', { docId: first.docId });
    await fixture.core.documents.closeWindow(WINDOW);
    await chmod(fixture.programPath, 0o644);
    // After the crash a colleague saves the file with work of their own.
    const theirs = { ...(await onDisk(fixture.programPath)), title: 'Their revision' };
    await writeFile(fixture.programPath, serializeProgram(theirs));
    const theirBytes = await readFile(fixture.programPath);

    const reopened = await open(fixture);
    expect(reopened.recovery).not.toBeNull();
    const restored = await fixture.call('restoreRecovery', { docId: reopened.docId });
    expect(restored.name).toMatch(/^program \(recovered edits \d{4}-\d{2}-\d{2}\)\.ivlp\.json$/);
    expect(JSON.parse(restored.json).activities.some((a: { id: string }) => a.id === 'a-later')).toBe(false);
    await fixture.call('saveNow', { docId: restored.docId });
    expect(await readFile(fixture.programPath)).toEqual(theirBytes);
    // Nothing is offered again for the colleague's file.
    await fixture.core.documents.closeWindow(WINDOW);
    expect((await open(fixture)).recovery).toBeNull();
  });

  it('Reload after a conflict forgets the journal: its edits were written beside the file', async () => {
    fixture = await createCoreFixture();
    const first = await open(fixture);
    await fixture.call('applyCommand', { docId: first.docId, baseRevision: 0, command: { type: 'activity/delete', id: 'a-later' } });
    await writeFile(fixture.programPath, serializeProgram({ ...(await onDisk(fixture.programPath)), title: 'Changed on disk' }));
    const state = await fixture.call('saveNow', { docId: first.docId });
    expect(state.status).toBe('conflict');
    await fixture.call('resolveConflict', { docId: first.docId, choice: 'reload' });
    await fixture.core.documents.closeWindow(WINDOW);
    expect((await open(fixture)).recovery).toBeNull();
  });

  it('first start with no recent program opens a copy of the sample in the documents folder', async () => {
    fixture = await createCoreFixture();
    await fixture.core.openInitial(WINDOW, null);
    const snapshot = await fixture.call('getCurrentProgram');
    expect(snapshot?.name).toBe('TMSSW 2024 sample.ivlp.json');
    expect(snapshot?.folder).toBe(join(fixture.dir, 'documents', 'IVLP Planner'));
    const recent = await fixture.call('listRecentPrograms');
    expect(recent.map((r) => r.name)).toEqual(['TMSSW 2024 sample.ivlp.json']);
  });

  it('Save As moves the document to a new file; Save a Copy leaves it where it is; New creates an empty program', async () => {
    fixture = await createCoreFixture();
    const snapshot = await open(fixture);
    const asPath = join(fixture.dir, 'renamed.ivlp.json');
    fixture.dialogs.save.push(asPath);
    const moved = await fixture.call('saveProgramAs', { docId: snapshot.docId });
    expect(moved?.name).toBe('renamed.ivlp.json');
    await fixture.call('applyCommand', { docId: snapshot.docId, baseRevision: 0, command: { type: 'activity/delete', id: 'a-later' } });
    await fixture.call('saveNow', { docId: snapshot.docId });
    expect((await onDisk(asPath)).activities.some((a) => a.id === 'a-later')).toBe(false);
    expect((await onDisk(fixture.programPath)).activities.some((a) => a.id === 'a-later')).toBe(true);

    const copyPath = join(fixture.dir, 'copy.ivlp.json');
    fixture.dialogs.save.push(copyPath);
    expect(await fixture.call('saveProgramCopy', { docId: snapshot.docId })).toEqual({ name: 'copy.ivlp.json' });
    expect(await readFile(copyPath, 'utf8')).toBe(await readFile(asPath, 'utf8'));

    fixture.dialogs.save.push(join(fixture.dir, 'Blank.ivlp.json'));
    const blank = await fixture.call('newProgram');
    expect(JSON.parse(blank!.json)).toMatchObject({ title: 'Blank', activities: [] });
    fixture.dialogs.save.push(null);
    expect(await fixture.call('newProgram')).toBeNull();
  });

  it('refuses to act on a document the window does not show', async () => {
    fixture = await createCoreFixture();
    await open(fixture);
    const result = await fixture.attempt('undo', { docId: 'doc-999999' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('opens only allowlisted external links', async () => {
    fixture = await createCoreFixture();
    expect(await fixture.call('openExternal', { url: 'https://exchanges.state.gov/ivlp' })).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'http://example.org', 'smb://share/x']) {
      expect(await fixture.attempt('openExternal', { url })).toMatchObject({ ok: false });
    }
  });
});
