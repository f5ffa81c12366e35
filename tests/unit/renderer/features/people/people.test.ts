/** The People workspace's pure logic: search folding, sorting, cell edits, membership and group commands, delete impact, row selection. */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../../src/shared/commands/apply';
import type { Command } from '../../../../../src/shared/commands/types';
import { serializeProgram } from '../../../../../src/shared/program/load';
import type { Program } from '../../../../../src/shared/program/schema';
import { buildTmssw2024Sample } from '../../../../../src/cli/sample/index';
import { deleteImpact } from '../../../../../src/renderer/features/people/delete-impact';
import { decodePeopleDrag, encodePeopleDrag } from '../../../../../src/renderer/features/people/drag-data';
import { createGroup, nextGroupColor, recolorGroup, renameGroup } from '../../../../../src/renderer/features/people/group-edit';
import { uniqueId } from '../../../../../src/renderer/features/people/ids';
import { membershipChange, setGroupsCommand } from '../../../../../src/renderer/features/people/membership';
import { buildRows, filterRows, nextSort, sortRows } from '../../../../../src/renderer/features/people/people-rows';
import { applyPersonEdit, newParticipant, newPersonProblem, parseList, personUpdateCommand } from '../../../../../src/renderer/features/people/person-edit';
import { compareText, foldForSearch, searchTerms } from '../../../../../src/renderer/features/people/search-text';
import { clickRow, NO_SELECTION, selectedShown, toggleAll } from '../../../../../src/renderer/features/people/selection';

const sample: Program = buildTmssw2024Sample();
const participant = (id: string) => sample.participants.find((p) => p.id === id) as Program['participants'][number];
const families = (rows: readonly { person: { familyName: string } }[]) => rows.map((r) => r.person.familyName);
const apply = (program: Program, command: Command) => applyCommand(program, command).program;

describe('search folding', () => {
  it('drops diacritics, case, stroked letters and typographic punctuation', () => {
    expect(foldForSearch('Pérez  GONÇALVES')).toBe('perez goncalves');
    expect(foldForSearch('Sigurðardóttir Małgorzata Øster Kılıç')).toBe('sigurdardottir malgorzata oster kilic');
    expect(foldForSearch('Côte d’Ivoire — Nguyễn')).toBe("cote d'ivoire - nguyen");
    expect(searchTerms('  Perez   Costa ')).toEqual(['perez', 'costa']);
    expect(searchTerms('   ')).toEqual([]);
  });
});

describe('rows', () => {
  const rows = buildRows(sample, 'participants');

  it('show each participant’s groups and languages as text', () => {
    const mora = rows.find((r) => r.id === 'p-cr-mora');
    expect(mora?.text).toMatchObject({ country: 'Costa Rica', groups: 'Maritime Security and IUU Fishing', languages: 'Spanish, English', arrival: '2024-04-29' });
  });

  it('filter by every word, in any column, without diacritics', () => {
    expect(families(filterRows(rows, 'hernandez'))).toEqual(['Hernández Ortiz']);
    expect(families(filterRows(rows, 'JIMENEZ costa'))).toEqual(['Quesada Jiménez']);
    expect(families(filterRows(rows, 'border colombia'))).toEqual(['Ospina Restrepo', 'Suárez Beltrán']);
    expect(filterRows(rows, '')).toBe(rows);
  });

  it('sort by country with ties broken by name, and reverse on a second click', () => {
    const byCountry = sortRows(rows, nextSort(null, 'country'));
    expect(families(byCountry).slice(0, 7)).toEqual(['Hoxha', 'Albuquerque Magalhães', 'Mbarga Essomba', 'Ospina Restrepo', 'Suárez Beltrán', 'Mora Solano', 'Quesada Jiménez']);
    const reversed = sortRows(rows, nextSort(nextSort(null, 'country'), 'country'));
    expect(reversed[0]?.person.familyName).toBe('Nguyễn');
    // Ties keep the name order in either direction.
    expect(families(reversed.filter((r) => r.text.country === 'Colombia'))).toEqual(['Ospina Restrepo', 'Suárez Beltrán']);
  });

  it('put empty cells last in both directions', () => {
    const notes = sortRows(rows, { key: 'internalNotes', direction: 'descending' });
    expect(notes.slice(0, 5).every((r) => r.text.internalNotes)).toBe(true);
    expect(notes.at(-1)?.text.internalNotes).toBe('');
    const asc = sortRows(rows, { key: 'internalNotes', direction: 'ascending' });
    expect(asc.at(-1)?.text.internalNotes).toBe('');
  });

  // Speed is measured in bench/people.bench.test.ts; this checks the result at that size.
  it('filter and sort 1,000 rows: every match, in order', () => {
    const many = { ...sample, participants: Array.from({ length: 1000 }, (_, i) => ({ ...sample.participants[i % 56], id: `p-${i}` }) as Program['participants'][number]) };
    const big = buildRows(many, 'participants');
    const shown = sortRows(filterRows(big, 'spanish'), { key: 'familyName', direction: 'ascending' });
    const speakers = many.participants.filter((p) => p.languages.includes('Spanish'));
    expect(speakers.length).toBeGreaterThan(100);
    expect(shown.map((r) => r.id).sort()).toEqual(speakers.map((p) => p.id).sort());
    const names = shown.map((r) => r.text.familyName ?? '');
    expect(names).toEqual([...names].sort(compareText));
  });
});

describe('cell edits', () => {
  const mora = participant('p-cr-mora');

  it('turn text into the next participant, trimmed and validated', () => {
    const result = applyPersonEdit('participants', mora, 'country', '  Costa Rica (San José) ');
    expect(result).toMatchObject({ ok: true, changed: true, entity: { country: 'Costa Rica (San José)' } });
    expect(applyPersonEdit('participants', mora, 'country', 'Costa Rica')).toMatchObject({ ok: true, changed: false });
    expect(applyPersonEdit('participants', mora, 'languages', 'Spanish, english; ,Quechua')).toMatchObject({ ok: true, entity: { languages: ['Spanish', 'english', 'Quechua'] } });
    expect(applyPersonEdit('participants', mora, 'arrival', '')).toMatchObject({ ok: true, entity: { arrival: null } });
  });

  it('refuse what the schema or the date order refuses, with the reason', () => {
    expect(applyPersonEdit('participants', mora, 'arrival', '2024-13-45')).toEqual({ ok: false, error: 'Expected a date as YYYY-MM-DD' });
    expect(applyPersonEdit('participants', mora, 'departure', '2024-04-01')).toEqual({ ok: false, error: 'Departure is before arrival' });
    expect(applyPersonEdit('participants', mora, 'arrival', '2024-06-01')).toEqual({ ok: false, error: 'Arrival is after departure' });
    expect(applyPersonEdit('participants', mora, 'familyName', '   ')).toEqual({ ok: false, error: 'A family name is required' });
    expect(applyPersonEdit('participants', mora, 'country', 'x'.repeat(301))).toMatchObject({ ok: false });
    expect(applyPersonEdit('staff', sample.staff[0] as Program['staff'][number], 'role', 'pilot')).toEqual({ ok: false, error: 'Choose a role from the list' });
  });

  it('become one labelled command that main applies and undoes to the same bytes', () => {
    const result = applyPersonEdit('participants', mora, 'country', 'Chile');
    if (!result.ok) throw new Error(result.error);
    const command = personUpdateCommand('participants', mora, result.entity, 'country');
    expect(command).toMatchObject({ type: 'batch', label: 'Edit country of Esteban Mora Solano' });
    const applied = applyCommand(sample, command);
    expect(applied.program.participants.find((p) => p.id === 'p-cr-mora')?.country).toBe('Chile');
    expect(serializeProgram(apply(applied.program, applied.inverse))).toBe(serializeProgram(sample));
  });

  it('parse lists and check new people', () => {
    expect(parseList(' a, b ;a\n c ')).toEqual(['a', 'b', 'c']);
    expect(newPersonProblem('participants', newParticipant('p-x', { familyName: 'Pérez', givenName: '', country: '' }))).toBe('A country is required');
    expect(newPersonProblem('participants', newParticipant('p-x', { familyName: 'Pérez', givenName: '', country: 'Chile' }))).toBeNull();
  });
});

describe('membership', () => {
  const group = createGroup(sample, 'Group B');
  if (!group.ok || !group.command) throw new Error('cannot create');
  const withGroup = apply(sample, group.command);

  it('adds several people in one labelled command, skipping those already in', () => {
    const change = membershipChange(withGroup, 'participants', 'g-group-b', ['p-cr-mora', 'p-ke-kamau', 'p-cr-mora', 'p-unknown'], 'add');
    if (!change.command) throw new Error(change.reason);
    expect(change.command).toMatchObject({ type: 'batch', label: 'Add 2 participants to Group B' });
    expect(change.done).toBe('Added 2 participants to Group B.');
    const next = apply(withGroup, change.command);
    expect(next.groups.at(-1)?.participantIds).toEqual(['p-cr-mora', 'p-ke-kamau']);
    // A participant may be in several groups: the old membership stays.
    expect(next.groups.find((g) => g.id === 'g-maritime')?.participantIds).toContain('p-cr-mora');
    expect(membershipChange(next, 'participants', 'g-group-b', ['p-cr-mora'], 'add')).toEqual({ command: null, reason: 'Already in Group B' });
    const single = membershipChange(next, 'participants', 'g-group-b', ['p-cr-mora'], 'remove');
    expect(single.command).toMatchObject({ label: 'Remove Esteban Mora Solano from Group B' });
  });

  it('sets one person’s groups exactly, touching only the groups that change', () => {
    const command = setGroupsCommand(withGroup, 'staff', 's-int-ortega', ['g-group-b']);
    expect(command).toMatchObject({ type: 'batch', label: 'Change groups of Julián Ortega' });
    const next = apply(withGroup, command as Command);
    expect(next.groups.find((g) => g.id === 'g-maritime')?.staffIds).toEqual(['s-elo-vega', 's-int-costa']);
    expect(next.groups.at(-1)?.staffIds).toEqual(['s-int-ortega']);
    expect(setGroupsCommand(next, 'staff', 's-int-ortega', ['g-group-b'])).toBeNull();
  });

  it('carries dragged rows as kind and ids only, and refuses anything else', () => {
    expect(decodePeopleDrag(encodePeopleDrag({ kind: 'staff', ids: ['s-1'] }))).toEqual({ kind: 'staff', ids: ['s-1'] });
    expect(decodePeopleDrag('{"kind":"cities","ids":[]}')).toBeNull();
    expect(decodePeopleDrag('Pérez')).toBeNull();
  });
});

describe('groups', () => {
  it('get a unique id, the next unused palette color, and a name', () => {
    expect(nextGroupColor(sample.groups)).toBe('#c2255c');
    expect(uniqueId('g', 'Maritime', new Set(['g-maritime']))).toBe('g-maritime-2');
    expect(uniqueId('p', 'Коваленко', new Set())).toBe('p-kovalenko');
    expect(uniqueId('p', 'Søreide Åse', new Set(['P-Soreide-Ase']))).toBe('p-soreide-ase-2');
    expect(uniqueId('p', '李小龍', new Set())).toBe('p-participant');
    expect(createGroup(sample, '  ')).toEqual({ ok: false, error: 'A group needs a name' });
    expect(createGroup(sample, 'border security and narcotics')).toMatchObject({ ok: false });
  });

  it('rename and recolor as labelled commands; the same value is no command', () => {
    const maritime = sample.groups[0] as Program['groups'][number];
    expect(renameGroup(sample, maritime, 'Maritime')).toMatchObject({ ok: true, command: { label: 'Rename group Maritime Security and IUU Fishing to Maritime' } });
    expect(renameGroup(sample, maritime, maritime.name)).toEqual({ ok: true, command: null });
    expect(recolorGroup(maritime, '#C92A2A')).toMatchObject({ ok: true, command: { commands: [{ entity: { color: '#c92a2a' } }] } });
    expect(recolorGroup(maritime, 'red')).toMatchObject({ ok: false });
    expect(recolorGroup(maritime, '#1F6FEB')).toEqual({ ok: true, command: null });
  });
});

describe('delete impact', () => {
  it('names the groups and activities a participant is removed from, and undo restores the bytes', () => {
    const impact = deleteImpact(sample, { collection: 'participants', id: 'p-ke-kamau' });
    expect(impact?.message).toContain('removed from 1 group (Maritime Security and IUU Fishing)');
    const applied = applyCommand(sample, impact?.command as Command);
    expect(applied.program.groups[0]?.participantIds).not.toContain('p-ke-kamau');
    expect(serializeProgram(apply(applied.program, applied.inverse))).toBe(serializeProgram(sample));
  });

  it('says a group’s members stay and names the activities that list it', () => {
    const impact = deleteImpact(sample, { collection: 'groups', id: 'g-cyber' });
    expect(impact?.message).toMatch(/^Its 16 members stay in the program\. It is removed from the attendees of \d+ activities/);
    expect(deleteImpact(sample, { collection: 'groups', id: 'nope' })).toBeNull();
  });
});

describe('row selection', () => {
  const order = ['a', 'b', 'c', 'd', 'e'];
  it('toggles one row, selects a range with shift, and acts on shown rows only', () => {
    let s = clickRow(NO_SELECTION, order, 'b', false);
    s = clickRow(s, order, 'd', true);
    expect([...s.ids].sort()).toEqual(['b', 'c', 'd']);
    s = clickRow(s, order, 'c', true);
    // Shift-clicking a selected row clears the range from the anchor.
    expect([...s.ids].sort()).toEqual(['d']);
    expect(selectedShown(toggleAll(s, order), ['e', 'a'])).toEqual(['e', 'a']);
    expect(toggleAll(toggleAll(NO_SELECTION, order), order).ids.size).toBe(0);
  });
});
