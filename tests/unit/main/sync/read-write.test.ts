import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/shared/commands/apply';
import type { Command } from '../../../../src/shared/commands/types';
import { serializeProgram } from '../../../../src/shared/program/load';
import { programIssues } from '../../../../src/shared/program/validate';
import type { Program } from '../../../../src/shared/program/schema';
import { buildTmssw2024Sample } from '../../../../src/cli/sample/index';
import { addMinutes } from '../../../../src/shared/time';
import { fork, mergeInto, read, share, write } from './docs-fixture';

const sample = buildTmssw2024Sample();
const apply = (program: Program, command: Command) => applyCommand(program, command).program;
const scheduled = sample.activities.find((a) => a.type === 'meeting' && a.timing.kind === 'scheduled' && a.host)!;
if (scheduled.timing.kind !== 'scheduled') throw new Error('unreachable');
const start = scheduled.timing.start;

describe('a program in shared documents and back', () => {
  it('round-trips the TMSSW sample byte for byte', () => {
    const copy = share(sample);
    const { program, repairs, unreadable } = read(copy, sample);
    expect(repairs).toEqual([]);
    expect(unreadable).toEqual([]);
    expect(serializeProgram(program)).toBe(serializeProgram(sample));
  });

  it('a partner’s copy has no phones, e-mails, internal notes, emergency contacts or other cities’ hosts, and is a valid program', () => {
    const copy = share(sample);
    const city = scheduled.type === 'meeting' ? scheduled.cityId : '';
    const partner = fork(copy, { private: false, cities: [city] });
    const { program } = read(partner, sample);
    expect(programIssues(program)).toEqual([]);
    expect(program.participants.every((p) => p.phone === '' && p.email === '' && p.internalNotes === '')).toBe(true);
    expect(program.staff.every((s) => s.phone === '' && s.internalNotes === '')).toBe(true);
    expect(program.emergencyContacts).toEqual([]);
    expect(program.activities.every((a) => a.internalNotes === '')).toBe(true);
    const hosts = program.activities.filter((a) => 'host' in a && a.host !== null);
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts.every((a) => 'cityId' in a && a.cityId === city)).toBe(true);
    // Host families' homes and phones, and organizations' contact lists, are planners' only.
    expect(program.hosts.length).toBe(sample.hosts.length);
    expect(program.hosts.every((h) => h.contacts.length === 0 && h.address === '' && h.notes === '')).toBe(true);
    expect(sample.hosts.some((h) => h.contacts.length > 0 && h.address !== '')).toBe(true);
    // What a partner may see is all there.
    expect(program.participants.map((p) => [p.familyName, p.position, p.organization, p.dietaryNotes])).toEqual(sample.participants.map((p) => [p.familyName, p.position, p.organization, p.dietaryNotes]));
  });

  it('two planners editing different fields of one meeting offline both keep their edit', () => {
    const a = share(sample);
    const b = fork(a);
    const moved = apply(sample, { type: 'activity/move', id: scheduled.id, start: addMinutes(start, 60) });
    write(a, sample, moved, 'Ann');
    const renamed = apply(sample, { type: 'activity/update', activity: { ...scheduled, title: 'Renamed by Bob' } });
    write(b, sample, renamed, 'Bob');
    mergeInto(a, b);
    mergeInto(b, a);
    const fromA = read(a, sample).program;
    const merged = fromA.activities.find((x) => x.id === scheduled.id)!;
    expect(merged.title).toBe('Renamed by Bob');
    expect(merged.timing.kind === 'scheduled' && merged.timing.start).toBe(addMinutes(start, 60));
    expect(serializeProgram(read(b, sample).program)).toBe(serializeProgram(fromA));
  });

  it('two planners moving one meeting: one value wins everywhere, the timing never mixes, both are kept as a conflict', () => {
    const a = share(sample);
    const b = fork(a);
    write(a, sample, apply(sample, { type: 'activity/move', id: scheduled.id, start: addMinutes(start, 60) }), 'Ann');
    write(b, sample, apply(sample, { type: 'activity/set-times', id: scheduled.id, start: addMinutes(start, 24 * 60), end: addMinutes(start, 25 * 60) }), 'Bob');
    mergeInto(a, b);
    mergeInto(b, a);
    const winner = read(a, sample).program.activities.find((x) => x.id === scheduled.id)!;
    expect(read(b, sample).program.activities.find((x) => x.id === scheduled.id)).toEqual(winner);
    if (winner.timing.kind !== 'scheduled') throw new Error('unscheduled');
    const options = [
      [addMinutes(start, 60), addMinutes(scheduled.timing.kind === 'scheduled' ? scheduled.timing.end : start, 60)],
      [addMinutes(start, 24 * 60), addMinutes(start, 25 * 60)],
    ];
    expect(options).toContainEqual([winner.timing.start, winner.timing.end]);
    const stored = a.plan.collections['activities']![scheduled.id]!;
    expect(Object.keys(A.getConflicts(stored, 'cityId+timing') ?? {})).toHaveLength(2);
  });

  it('a group deleted on one copy while added to a meeting on another: the meeting stays, without the group, on every copy', () => {
    const a = share(sample);
    const b = fork(a);
    const group = sample.groups.find((g) => !scheduled.attendees.groupIds.includes(g.id))!;
    write(a, sample, apply(sample, { type: 'entity/delete', collection: 'groups', id: group.id }), 'Ann');
    write(b, sample, apply(sample, { type: 'activity/set-attendees', id: scheduled.id, attendees: { ...scheduled.attendees, groupIds: [...scheduled.attendees.groupIds, group.id] } }), 'Bob');
    mergeInto(a, b);
    mergeInto(b, a);
    const { program, repairs } = read(a, sample);
    expect(programIssues(program)).toEqual([]);
    expect(program.groups.some((g) => g.id === group.id)).toBe(false);
    expect(program.activities.find((x) => x.id === scheduled.id)!.attendees.groupIds).toEqual(scheduled.attendees.groupIds);
    expect(repairs).toEqual([{ kind: 'dropped-reference', collection: 'activities', id: scheduled.id, message: `no group with id "${group.id}"` }]);
    expect(serializeProgram(read(b, sample).program)).toBe(serializeProgram(program));
  });

  it('a host deleted on one copy while named for a meeting on another: the meeting stays, without the host, on every copy', () => {
    const family = sample.hosts.find((h) => h.kind === 'family')!;
    const spare = { ...family, id: 'h-spare', name: 'The Spare family' };
    const base = apply(sample, { type: 'entity/create', collection: 'hosts', entity: spare });
    const a = share(base);
    const b = fork(a);
    write(a, base, apply(base, { type: 'entity/delete', collection: 'hosts', id: spare.id }), 'Ann');
    const meeting = base.activities.find((x) => x.id === scheduled.id)!;
    write(b, base, apply(base, { type: 'activity/update', activity: { ...meeting, hostId: spare.id } as typeof meeting }), 'Bob');
    mergeInto(a, b);
    mergeInto(b, a);
    const { program, repairs } = read(a, base);
    expect(programIssues(program)).toEqual([]);
    expect(program.hosts.some((h) => h.id === spare.id)).toBe(false);
    const kept = program.activities.find((x) => x.id === scheduled.id)!;
    expect(kept.title).toBe(scheduled.title);
    expect('hostId' in kept && kept.hostId).toBe(null);
    expect(repairs).toEqual([{ kind: 'cleared-host', collection: 'activities', id: scheduled.id, message: `no host with id "${spare.id}"` }]);
    expect(serializeProgram(read(b, base).program)).toBe(serializeProgram(program));
  });
});
