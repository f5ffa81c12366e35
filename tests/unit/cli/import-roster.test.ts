import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readProgramFile } from '../../../src/main/storage/program-file';
import { applyCommand } from '../../../src/shared/commands/apply';
import { serializeProgram } from '../../../src/shared/program/load';
import { detectMapping, planRosterImport } from '../../../src/shared/roster/index';
import { sampleProgram } from '../main/storage/fixture-program';
import { run } from './cli-fixture';

let dir: string;
let file: string;
let original: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ivlp-import-'));
  file = join(dir, 'program.ivlp.json');
  // The program as the app saves it (schema key order), so bytes can be compared after a round trip.
  await writeFile(file, serializeProgram(sampleProgram()));
  original = serializeProgram((await readProgramFile(file)).program);
  await writeFile(file, original);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Windows-1252 bytes (Excel's "CSV" on Windows), with a row missing its family name and a duplicate.
const ROSTER = 'Given name,Surname,Nationality,Phone,Passport no,Date of arrival,Group\r\n'
  + 'José,Müller,Germany,+44 0207 123,012345,27/04/2024,Group A\r\n'
  + 'Kim,,Korea,,,,\r\n'
  + 'Amara,Okafor,Nigeria,,,,\r\n'
  + 'Ana,Silva,Brazil,0611,,03/05/2024,\r\n';

async function roster(text = ROSTER, name = 'roster.csv'): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, Buffer.from(text, 'latin1'));
  return path;
}

describe('ivlp import-roster', () => {
  test('--dry-run lists accepted and rejected rows and leaves the program file byte-identical', async () => {
    const result = await run('import-roster', file, await roster(), '--dry-run');
    expect(result.code).toBe(1);
    expect(result.out).toContain('row 2: José Müller (Germany) as p-muller-jose in g1');
    expect(result.out).toContain('row 3: "Surname" (family name) is empty');
    expect(result.out).toContain('row 4: duplicate: Amara Okafor (Nigeria) is already in the program as p1');
    expect(result.out).toContain('Dry run: nothing was written.');
    expect(await readFile(file, 'utf8')).toBe(original);
    expect(await readdir(dir)).toEqual(['program.ivlp.json', 'roster.csv']);
  });

  test('imports as one batch: the file is durable, check still passes, and the inverse restores it', async () => {
    const before = (await readProgramFile(file)).program;
    const path = await roster();
    const result = await run('import-roster', file, path, '--json');
    expect(result.code, result.err).toBe(1); // rows were rejected; the good ones were imported
    const report = JSON.parse(result.out);
    expect(report.written).toBe(true);
    expect(report.roster.encoding).toBe('windows-1252');
    expect(report.accepted.map((a: { participant: { id: string; phone: string; arrival: string } }) => [a.participant.id, a.participant.phone, a.participant.arrival])).toEqual([
      ['p-muller-jose', '+44 0207 123', '2024-04-27'],
      ['p-silva-ana', '0611', '2024-05-03'], // 27/04 settles the file as day first
    ]);
    expect(report.rejected.map((r: { row: number }) => r.row)).toEqual([3, 4]);
    const after = (await readProgramFile(file)).program;
    expect(after.participants.map((p) => p.id)).toEqual(['p1', 'p2', 'p-muller-jose', 'p-silva-ana']);
    expect(after.groups[0]?.participantIds).toEqual(['p1', 'p2', 'p-muller-jose']);
    expect((await run('check', file)).code).toBe(0);
    // The same plan against the original program is one batch; its inverse gives back the original bytes.
    const rows = ROSTER.trim().split('\r\n').map((l) => l.split(','));
    const plan = planRosterImport(before, rows, detectMapping(rows[0]!));
    expect(plan.command).toMatchObject({ type: 'batch', label: 'Import roster (2 participants)' });
    const applied = applyCommand(before, plan.command!);
    expect(serializeProgram(applied.program)).toBe(await readFile(file, 'utf8'));
    expect(serializeProgram(applyCommand(applied.program, applied.inverse).program)).toBe(original);
  });

  test('an ambiguous date is asked, not guessed; --month-first answers it', async () => {
    const path = await roster('First name,Last name,Country,Arrival\nAna,Silva,Brazil,03/04/2024\n');
    const asked = await run('import-roster', file, path);
    expect(asked.code).toBe(2);
    expect(asked.out).toContain('row 2: "Arrival" "03/04/2024" is 2024-04-03 day first, or 2024-03-04 month first');
    expect(await readFile(file, 'utf8')).toBe(original);
    const answered = await run('import-roster', file, path, '--month-first');
    expect(answered.code, answered.err).toBe(0);
    expect((await readProgramFile(file)).program.participants.at(-1)?.arrival).toBe('2024-03-04');
  });

  test('--map overrides detection; bad input exits 2 and writes nothing', async () => {
    const path = await roster('A,B,C\nAna,Silva,Brazil\n');
    const mapped = await run('import-roster', file, path, '--map', 'A=givenName', '--map', '2=familyName', '--map', 'C=country', '--dry-run');
    expect(mapped.code, mapped.err).toBe(0);
    expect(mapped.out).toContain('row 2: Ana Silva (Brazil) as p-silva-ana');
    expect((await run('import-roster', file, path, '--map', 'A=nickname')).code).toBe(2);
    expect((await run('import-roster', file, join(dir, 'missing.csv'))).code).toBe(2);
    expect((await run('import-roster', join(dir, 'missing.ivlp.json'), path)).code).toBe(2);
    expect((await run('import-roster', file)).code).toBe(2);
    expect((await run('import-roster', file, path, '--day-first', '--month-first')).code).toBe(2);
    expect(await readFile(file, 'utf8')).toBe(original);
  });
});
