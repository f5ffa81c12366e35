import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { loadProgramText } from '../../../../src/shared/program/load';
import { createCoreFixture, type CoreFixture } from '../app-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = await createCoreFixture();
});
afterEach(async () => f.cleanup());

test('Clone program… asks where to save next year’s program, writes it and opens it in the window', async () => {
  await f.core.commands.openPath(1, f.programPath);
  const docId = f.core.documents.currentDocId(1);
  const args = { docId, start: '2025-04-28', appointments: 'requested' as const, keepRoster: false, keepIssues: false, keepDismissals: false };

  // Another weekday is refused before any dialog.
  const tuesday = await f.attempt('cloneProgram', { ...args, start: '2025-04-29' });
  expect(tuesday.ok).toBe(false);
  if (!tuesday.ok) expect(tuesday.error).toMatchObject({ code: 'INVALID', message: expect.stringContaining('start on Monday 2025-04-28') });
  // A cancelled save dialog changes nothing.
  expect(await f.call('cloneProgram', args)).toBeNull();
  expect(f.core.documents.currentDocId(1)).toBe(docId);

  const target = join(f.dir, 'Test Program 2025');
  f.dialogs.save.push(target);
  const snapshot = await f.call('cloneProgram', args);
  expect(snapshot?.name).toBe('Test Program 2025.ivlp');
  const loaded = loadProgramText(await readFile(`${target}.ivlp`, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.message);
  expect(loaded.program).toMatchObject({ startDate: '2025-04-28', participants: [] });
  expect(f.core.documents.currentDocId(1)).not.toBe(docId);
});
