/**
 * A path that is not a regular file (a named pipe, a device, a folder) is refused at once with a
 * message that says what it is, by every command that reads a program or a roster. Before, a
 * FIFO made `ivlp check` wait forever for a writer: these tests then end by vitest's timeout.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run, useSampleFolder } from './cli-fixture';

const tmp = useSampleFolder('ivlp-not-a-file-');
const posix = process.platform !== 'win32';

/** A named pipe (FIFO) with no writer, made with mkfifo(1). */
function fifo(): string {
  const path = join(tmp.dir, 'roster-or-program');
  execFileSync('mkfifo', [path]);
  return path;
}

describe.runIf(posix)('commands refuse paths that are not regular files (POSIX: mkfifo and /dev/zero)', () => {
  test.each([
    ['check', (p: string) => ['check', p]],
    ['export', (p: string) => ['export', 'ics', p, '--out', join(tmp.dir, 'out'), '--all']],
    ['issue', (p: string) => ['issue', p]],
  ])('ivlp %s on a FIFO exits 2 saying it is a named pipe', async (_command, argv) => {
    const result = await run(...argv(fifo()));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/is a named pipe \(FIFO\), not a program file/);
  });

  test('ivlp check on a device (/dev/zero) exits 2 saying it is a device', async () => {
    const result = await run('check', '/dev/zero');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/\/dev\/zero is a device, not a program file/);
  });

  test.each([
    ['a FIFO', () => fifo(), /is a named pipe \(FIFO\), not a roster file/],
    ['a device', () => '/dev/zero', /\/dev\/zero is a device, not a roster file/],
    ['a folder', () => tmp.dir, /is a folder, not a roster file/],
  ])('ivlp import-roster with %s as the roster exits 2 and leaves the program as it was', async (_what, roster, message) => {
    const before = await readFile(tmp.file, 'utf8');
    const result = await run('import-roster', tmp.file, roster());
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).toMatch(/Nothing was written/);
    expect(await readFile(tmp.file, 'utf8')).toBe(before);
  });

  test('a folder as the program is still refused as a folder', async () => {
    await mkdir(join(tmp.dir, 'a-folder.ivlp.json'));
    const result = await run('check', join(tmp.dir, 'a-folder.ivlp.json'));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/is a folder, not a program file/);
  });
});
