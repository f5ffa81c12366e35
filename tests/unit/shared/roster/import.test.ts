import { describe, expect, test } from 'vitest';
import { applyCommand } from '../../../../src/shared/commands/apply';
import { serializeProgram } from '../../../../src/shared/program/load';
import { programIssues } from '../../../../src/shared/program/validate';
import { detectMapping, excelSerialToDate, planRosterImport, readDate } from '../../../../src/shared/roster/index';
import { sampleProgram } from '../../main/storage/fixture-program';

const HEADER = ['First name', 'Surname', 'Nationality', 'Phone', 'Passport', 'Date of arrival', 'Departure date', 'Group', 'Languages'];

function plan(rows: string[][], options = {}) {
  const program = sampleProgram();
  return { program, plan: planRosterImport(program, [HEADER, ...rows], detectMapping(HEADER), options) };
}

describe('column detection', () => {
  test('maps English headers and synonyms regardless of case and spacing', () => {
    expect(Object.fromEntries(detectMapping(['FIRST NAME', ' last_name ', 'Country of citizenship', 'E-mail', 'Date of Arrival', 'Notes']))).toEqual({
      0: 'givenName',
      1: 'familyName',
      2: 'country',
      3: 'email',
      4: 'arrival',
    });
    expect(detectMapping(['Name', 'Country']).size).toBe(1); // a lone "Name" is not guessed as the given name
  });
});

describe('passport names', () => {
  test('"Passport name", "Name (Latin)" and the like map to the passport name, which the import keeps', () => {
    for (const header of ['Passport name', 'Name (Latin)', 'Latin name', 'Name as in passport', 'Name in Latin script', 'NAME_ON_PASSPORT']) {
      expect(Object.fromEntries(detectMapping(['Given name', 'Family name', header, 'Country'])), header).toEqual({ 0: 'givenName', 1: 'familyName', 2: 'passportName', 3: 'country' });
    }
    const header = ['Given name', 'Family name', 'Name (Latin)', 'Country'];
    const result = planRosterImport(sampleProgram(), [header, ['Олена', 'Коваленко', 'Olena Kovalenko', 'Ukraine']], detectMapping(header));
    expect(result.rejected).toEqual([]);
    expect(result.accepted[0]?.participant).toMatchObject({ givenName: 'Олена', familyName: 'Коваленко', passportName: 'Olena Kovalenko' });
  });
});

describe('dates', () => {
  test('Excel serials in the 1900 system (with the phantom 29 Feb 1900) and the 1904 system', () => {
    expect(excelSerialToDate(45355, false)).toBe('2024-03-04');
    expect(excelSerialToDate(43893, true)).toBe('2024-03-04');
    expect(excelSerialToDate(1, false)).toBe('1900-01-01');
    expect(excelSerialToDate(59, false)).toBe('1900-02-28');
    expect(excelSerialToDate(60, false)).toBeNull();
    expect(excelSerialToDate(61, false)).toBe('1900-03-01');
    expect(excelSerialToDate(0, true)).toBe('1904-01-01');
  });

  test('ISO, slashes, dots; ambiguous slash dates give both readings', () => {
    const o = { dayFirst: null, date1904: false };
    expect(readDate('2024-03-04', o)).toEqual({ kind: 'date', date: '2024-03-04' });
    expect(readDate('4.3.2024', o)).toEqual({ kind: 'date', date: '2024-03-04' });
    expect(readDate('13/03/2024', o)).toEqual({ kind: 'date', date: '2024-03-13' });
    expect(readDate('03/13/2024', o)).toEqual({ kind: 'date', date: '2024-03-13' });
    expect(readDate('03/04/2024', o)).toEqual({ kind: 'ambiguous', dayFirst: '2024-04-03', monthFirst: '2024-03-04' });
    expect(readDate('03/04/2024', { ...o, dayFirst: true })).toEqual({ kind: 'date', date: '2024-04-03' });
    expect(readDate('31/02/2024', o).kind).toBe('invalid');
    expect(readDate('next week', o).kind).toBe('invalid');
  });
});

describe('planRosterImport', () => {
  test('an ambiguous 03/04/2024 needs confirming unless the file or dayFirst settles it', () => {
    const asked = plan([['Ana', 'Silva', 'Brazil', '', '', '03/04/2024', '', '', '']]).plan;
    expect(asked.command).toBeNull();
    expect(asked.questions).toEqual([{ row: 2, column: '"Date of arrival"', value: '03/04/2024', readings: { dayFirst: '2024-04-03', monthFirst: '2024-03-04' } }]);
    const settled = plan([['Ana', 'Silva', 'Brazil', '', '', '03/04/2024', '', '', '']], { dayFirst: false }).plan;
    expect(settled.questions).toEqual([]);
    expect(settled.accepted[0]?.participant.arrival).toBe('2024-03-04');
    // Another row's 25/04/2024 can only be day first: the file settles it.
    const byFile = plan([
      ['Ana', 'Silva', 'Brazil', '', '', '03/04/2024', '', '', ''],
      ['Jon', 'Berg', 'Norway', '', '', '03/04/2024', '25/04/2024', '', ''],
    ]).plan;
    expect(byFile.questions).toEqual([]);
    expect(byFile.accepted.map((a) => a.participant.arrival)).toEqual(['2024-04-03', '2024-04-03']);
  });

  test('rejects broken rows and duplicates with the column and value; keeps phones as text; one batch that undoes in one step', () => {
    const { program, plan: p } = plan([
      ['José', 'Müller', 'Germany', '+44 0207 123', '012345', '2024-04-27', '2024-05-17', 'group a', 'German; English, French'],
      ['Kim', '', 'Korea', '', '', '', '', '', ''],
      ['amara', 'OKAFOR', 'nigeria', '', '', '', '', '', ''],
      ['Jose', 'Muller', 'GERMANY', '', '', '', '', '', ''],
      ['Li', 'Wei', 'China', '', '', 'soon', '', '', ''],
      ['Li', 'Na', 'China', '', '', '', '', 'Group Z', ''],
      ['', '', '', '', '', '', '', '', ''],
    ]);
    expect(p.rejected).toEqual([
      { row: 3, reason: '"Surname" (family name) is empty' },
      { row: 4, reason: 'duplicate: amara OKAFOR (nigeria) is already in the program as p1' },
      { row: 5, reason: 'duplicate: Jose Muller (GERMANY) is also on row 2' },
      { row: 6, reason: '"Date of arrival" "soon" is not a date (use YYYY-MM-DD, m/d/yyyy, d/m/yyyy or d.m.yyyy)' },
      { row: 7, reason: '"Group" "Group Z" is not a group in this program' },
    ]);
    expect(p.accepted).toHaveLength(1);
    const jose = p.accepted[0]!.participant;
    expect(jose).toMatchObject({ id: 'p-muller-jose', givenName: 'José', familyName: 'Müller', phone: '+44 0207 123', languages: ['German', 'English', 'French'], arrival: '2024-04-27' });
    expect(p.command).toMatchObject({ type: 'batch', label: 'Import roster (1 participant)' });
    const applied = applyCommand(program, p.command!);
    expect(programIssues(applied.program)).toEqual([]);
    expect(applied.program.groups[0]?.participantIds).toEqual(['p1', 'p2', 'p-muller-jose']);
    expect(serializeProgram(applyCommand(applied.program, applied.inverse).program)).toBe(serializeProgram(program));
  });

  test('ids are deterministic and unique against the program and the file', () => {
    const program = sampleProgram();
    program.participants.push({ ...program.participants[0]!, id: 'p-berg-jon', givenName: 'Other', familyName: 'Person' });
    const rows = [HEADER, ['Jon', 'Berg', 'Norway'], ['Jon', 'Berg', 'Sweden'], ['', '李', 'China']];
    const first = planRosterImport(program, rows, detectMapping(HEADER));
    expect(first.accepted.map((a) => a.participant.id)).toEqual(['p-berg-jon-2', 'p-berg-jon-3', 'p-participant']);
    expect(planRosterImport(program, rows, detectMapping(HEADER)).accepted).toEqual(first.accepted);
  });
});
