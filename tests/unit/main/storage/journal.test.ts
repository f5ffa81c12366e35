import { createHash } from 'node:crypto';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecoveryJournal } from '../../../../src/main/storage/journal';
import { listFolder, tempFolder } from './helpers';

const program = '/home/planner/Documents/tmssw.ivlp.json';

describe('RecoveryJournal', () => {
  it('writes sha256(path).json (0o600 in a 0o700 folder), reads it back, discards it', async () => {
    const data = await tempFolder();
    const folder = join(data, 'recovery');
    const at = new Date('2024-04-29T13:00:00.000Z');
    const journal = new RecoveryJournal(folder, { now: () => at });
    expect(await journal.read(program)).toBeNull();

    await journal.write(program, '{"edited": true}\n', 'abc123');
    const name = `${createHash('sha256').update(program).digest('hex')}.json`;
    expect(await listFolder(folder)).toEqual([name]);
    expect((await stat(folder)).mode & 0o777).toBe(0o700);
    expect((await stat(join(folder, name))).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(join(folder, name), 'utf8'))).toEqual({ programPath: program, baseHash: 'abc123', journaledAt: at.toISOString(), text: '{"edited": true}\n' });
    expect(await journal.read(program)).toEqual({ text: '{"edited": true}\n', baseHash: 'abc123', journaledAt: at.toISOString() });

    await journal.write(program, 'second', 'def456');
    expect((await journal.read(program))?.text).toBe('second');
    expect(await listFolder(folder)).toEqual([name]);

    await journal.discard(program);
    await journal.discard(program); // twice is fine
    expect(await journal.read(program)).toBeNull();
    expect(await listFolder(folder)).toEqual([]);
  });

  it('makes an existing, too-open folder private', async () => {
    const data = await tempFolder();
    const folder = join(data, 'recovery');
    await mkdir(folder);
    await chmod(folder, 0o755);
    await new RecoveryJournal(folder).write(program, 'x', 'h');
    expect((await stat(folder)).mode & 0o777).toBe(0o700);
  });

  it('keeps one journal per program', async () => {
    const folder = join(await tempFolder(), 'recovery');
    const journal = new RecoveryJournal(folder);
    await journal.write('/a/one.ivlp.json', 'one', 'h1');
    await journal.write('/a/two.ivlp.json', 'two', 'h2');
    expect((await journal.read('/a/one.ivlp.json'))?.text).toBe('one');
    expect((await journal.read('/a/two.ivlp.json'))?.text).toBe('two');
  });

  for (const [what, content] of [
    ['truncated JSON', '{"programPath": "/home/planner/Documents/tmssw.ivlp.json", "baseHash": "ab'],
    ['wrong shape', '{"programPath": "/home/planner/Documents/tmssw.ivlp.json", "text": 5}'],
    ['another program\'s journal', '{"programPath": "/elsewhere.ivlp.json", "baseHash": "h", "journaledAt": "2024-04-29T13:00:00.000Z", "text": "x"}'],
    ['bad date', '{"programPath": "/home/planner/Documents/tmssw.ivlp.json", "baseHash": "h", "journaledAt": "yesterday", "text": "x"}'],
    ['empty file', ''],
  ] as const) {
    it(`a corrupt journal (${what}) reads as null and is kept aside as *.corrupt`, async () => {
      const folder = join(await tempFolder(), 'recovery');
      const journal = new RecoveryJournal(folder);
      await mkdir(folder, { recursive: true });
      await writeFile(journal.pathFor(program), content);
      expect(await journal.read(program)).toBeNull();
      const names = await listFolder(folder);
      expect(names).toHaveLength(1);
      expect(names[0]).toMatch(/^[0-9a-f]{64}\.json\.\d+\.corrupt$/);
      expect(await readFile(join(folder, names[0] ?? ''), 'utf8')).toBe(content);
      // A fresh journal can be written afterwards.
      await journal.write(program, 'fresh', 'h');
      expect((await journal.read(program))?.text).toBe('fresh');
    });
  }
});

describe('RecoveryJournal when its folder disappears', () => {
  it('recreates the folder (0o700) on the next write', async () => {
    const folder = join(await tempFolder(), 'recovery');
    const journal = new RecoveryJournal(folder);
    await journal.write(program, 'one', 'h');
    await rm(folder, { recursive: true });
    await journal.write(program, 'two', 'h');
    expect((await journal.read(program))?.text).toBe('two');
    expect((await stat(folder)).mode & 0o777).toBe(0o700);
  });
});
