import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/shared/commands/apply';
import type { Command } from '../../../../src/shared/commands/types';
import { serializeProgram } from '../../../../src/shared/program/load';
import { smallProgram } from '../../main/app-fixture';

describe('program/merge', () => {
  const program = smallProgram();
  const police = program.activities.find((a) => a.id === 'a-police')!;

  it('puts entities in place, removes others without cascading, sets info; the inverse restores the bytes', () => {
    const merge: Command = {
      type: 'program/merge',
      by: ['Tucson partner'],
      upserts: [
        { collection: 'activities', entity: { ...police, title: 'Phoenix PD, renamed' }, index: 1 },
        { collection: 'cities', entity: { id: 'tus', name: 'Tucson', region: 'AZ', country: 'United States', timeZone: 'America/Phoenix' }, index: 2 },
      ],
      removes: [{ collection: 'activities', id: 'a-later' }],
      info: { title: 'Merged title' },
    };
    const applied = applyCommand(program, merge);
    expect(applied.program.title).toBe('Merged title');
    expect(applied.program.activities.map((a) => a.id)).toEqual(['a-orientation', 'a-police']);
    expect(applied.program.activities[1]!.title).toBe('Phoenix PD, renamed');
    expect(applied.program.cities.map((c) => c.id)).toEqual(['dc', 'phx', 'tus']);
    expect(serializeProgram(applyCommand(applied.program, applied.inverse).program)).toBe(serializeProgram(program));
  });

  it('removing a group someone still attends is refused rather than leaving a dangling reference', () => {
    expect(() => applyCommand(program, { type: 'program/merge', by: [], upserts: [], removes: [{ collection: 'groups', id: 'g1' }] })).toThrow(
      /the merged program would not be valid: activities\[1\]\.attendees\.groupIds\[0\]/,
    );
  });

  it('refuses an entity that does not fit its schema, and program fields that are not shared', () => {
    expect(() => applyCommand(program, { type: 'program/merge', by: [], upserts: [{ collection: 'activities', entity: { ...police, title: '' }, index: 0 }], removes: [] })).toThrow(/a merged activities entry is not valid/);
    expect(() => applyCommand(program, { type: 'program/merge', by: [], upserts: [], removes: [], info: { shared: null } })).toThrow(/cannot set the program field "shared"/);
  });

  it('a removal of what is already gone is a no-op, so a merge can be applied twice', () => {
    const once = applyCommand(program, { type: 'program/merge', by: [], upserts: [], removes: [{ collection: 'activities', id: 'a-later' }] }).program;
    const twice = applyCommand(once, { type: 'program/merge', by: [], upserts: [], removes: [{ collection: 'activities', id: 'a-later' }] }).program;
    expect(serializeProgram(twice)).toBe(serializeProgram(once));
  });
});
