import { describe, expect, test } from 'vitest';
import { applyCommand } from '../../../../src/shared/commands/apply';
import { commandSchema, type Command } from '../../../../src/shared/commands/types';
import { affectedTravelers, changesSince, currentTravelers, describeChange, issueSnapshot, type ChangeKind } from '../../../../src/shared/issuing/index';
import { placeActivity } from '../../../../src/shared/program/factory';
import { validateProgram } from '../../../../src/shared/program/load';
import type { Activity, HotelStayActivity, Program } from '../../../../src/shared/program/schema';
import { buildTmssw2024Sample } from '../../../../src/cli/sample/index';
import { addMinutes } from '../../../../src/shared/time';

const edit = (p: Program, c: Command) => applyCommand(p, c).program;
const issue = (p: Program, note = '') => edit(p, { type: 'program/issue', issued: issueSnapshot(p, { issuedAt: '2024-04-22T15:00:00Z', note }) });
const scheduled = (a: Activity) => (a.timing.kind === 'scheduled' ? a.timing : null);

/** Person ids whose itinerary holds the activity. */
function holders(p: Program, activityId: string): string[] {
  return currentTravelers(p).filter((t) => t.ids.includes(activityId)).map((t) => t.personId);
}

describe('issuing and change tracking', () => {
  const p0 = buildTmssw2024Sample();
  const v1 = issue(p0, 'first issue');

  test('issuing records version 1 for every traveler; it validates, and undo removes it', () => {
    const applied = applyCommand(p0, { type: 'program/issue', issued: issueSnapshot(p0, { issuedAt: '2024-04-22T15:00:00Z', note: 'first issue' }) });
    const issued = applied.program.issues[0];
    expect(issued?.version).toBe(1);
    expect(issued?.travelers.length).toBe(p0.participants.length + p0.staff.length);
    expect(JSON.stringify(issued)).not.toMatch(/internalNotes|dietary|accessibility|@/);
    expect(validateProgram(applied.program).ok).toBe(true);
    expect(applyCommand(applied.program, applied.inverse).program).toEqual(p0);
    expect(issue(applied.program).issues.map((v) => v.version)).toEqual([1, 2]);
    expect(() => edit(applied.program, { type: 'program/issue', issued: { ...(issued as NonNullable<typeof issued>), version: 1 } })).toThrow(/does not follow/);
  });

  test('right after issuing nothing has changed for anyone', () => {
    expect(affectedTravelers(v1, 1)).toEqual([]);
    expect(changesSince(v1, 1).length).toBe(p0.participants.length + p0.staff.length);
    expect(() => changesSince(v1, 2)).toThrow(/no issued version 2/);
  });

  test('move, retime, cancel, add and a hotel change name exactly what changed, for exactly whom', () => {
    const acts = v1.activities.filter((a) => scheduled(a) !== null && a.status !== 'cancelled');
    const solo = acts.find((a) => a.type !== 'travel' && a.type !== 'hotel-stay' && !a.attendees.everyone && a.attendees.groupIds.length === 0 && a.attendees.participantIds.length === 1) as Activity;
    const groupMeeting = acts.find((a) => a.type === 'meeting' && a.attendees.groupIds.length === 1 && a.id !== solo.id) as Activity;
    const cancelled = acts.find((a) => a.type === 'site-visit' && a.attendees.groupIds.length === 1 && a.attendees.groupIds[0] !== groupMeeting.attendees.groupIds[0]) as Activity;
    const stay = acts.find((a): a is HotelStayActivity => a.type === 'hotel-stay' && !a.attendees.everyone) as HotelStayActivity;
    const hotel = v1.venues.find((v) => v.id === stay.hotelVenueId);
    const otherHotel = { ...hotel!, id: 'v-other-hotel', name: 'Harborview Suites', address: '1 Pier Road' };
    const newcomer = v1.participants.at(-1)!.id;
    const meetingTiming = scheduled(groupMeeting)!;
    const soloTiming = scheduled(solo)!;
    const added = placeActivity({
      id: 'a-new-dinner',
      title: 'Dinner with the mayor',
      cityId: (solo as { cityId: string }).cityId,
      timing: { kind: 'scheduled', start: addMinutes(soloTiming.start, 600), end: addMinutes(soloTiming.start, 690) },
      attendees: { everyone: false, groupIds: [], participantIds: [newcomer], staffIds: [] },
    });
    const commands: Command[] = [
      { type: 'activity/move', id: solo.id, start: addMinutes(soloTiming.start, 24 * 60) },
      { type: 'activity/set-times', id: groupMeeting.id, start: addMinutes(meetingTiming.start, 30), end: addMinutes(meetingTiming.end, 30) },
      { type: 'activity/update', activity: { ...cancelled, status: 'cancelled', internalNotes: 'secret reason' } },
      { type: 'activity/create', activity: added },
      { type: 'entity/create', collection: 'venues', entity: otherHotel },
      { type: 'activity/update', activity: { ...stay, hotelVenueId: otherHotel.id } },
    ];
    const p1 = commands.reduce(edit, v1);
    const expected = new Map<string, Set<string>>();
    const expect1 = (ids: string[], kind: ChangeKind, activityId: string) => {
      for (const id of ids) {
        if (!expected.has(id)) expected.set(id, new Set());
        expected.get(id)!.add(`${kind}:${activityId}`);
      }
    };
    expect1(holders(v1, solo.id), 'moved', solo.id);
    expect1(holders(v1, groupMeeting.id), 'retimed', groupMeeting.id);
    expect1(holders(v1, cancelled.id), 'cancelled', cancelled.id);
    expect1(holders(p1, added.id), 'added', added.id);
    expect1(holders(v1, stay.id), 'hotel', stay.id);
    expect(holders(p1, added.id)).toContain(newcomer);

    const all = changesSince(p1, 1);
    const affected = affectedTravelers(p1, 1);
    expect(affected.map((t) => t.personId).sort()).toEqual([...expected.keys()].sort());
    expect(affected.length).toBeLessThan(all.length); // untouched travelers exist, with nothing listed
    for (const t of all) {
      expect(new Set(t.changes.map((c) => `${c.kind}:${c.activityId}`)), t.personId).toEqual(expected.get(t.personId) ?? new Set());
      expect(t.heldVersion).toBe(1);
    }
    const soloChange = affected.flatMap((t) => t.changes).find((c) => c.activityId === solo.id)!;
    expect(soloChange.before).toMatch(/^\w{3}, \w{3} \d+, \d\d:\d\d/);
    expect(soloChange.before).not.toBe(soloChange.after);
    const retime = affected.flatMap((t) => t.changes).find((c) => c.activityId === groupMeeting.id)!;
    expect(describeChange(retime)).toMatch(/^New time: .*, was .* [A-Z]{3,4}, now .* [A-Z]{3,4}$/);
    const hotelChange = affected.flatMap((t) => t.changes).find((c) => c.kind === 'hotel')!;
    expect(hotelChange.after).toBe('Harborview Suites, 1 Pier Road');
    expect(JSON.stringify(all)).not.toContain('secret reason');

    // Issuing the new state: nothing has changed since version 2, and version 1 still answers.
    const p2 = issue(p1);
    expect(affectedTravelers(p2, 2)).toEqual([]);
    expect(affectedTravelers(p2, 1).length).toBe(affected.length);
  });

  test('a traveler deleted after issuing keeps their record; one added after gets everything as added', () => {
    const gone = v1.participants[0]!.id;
    const p1 = edit(v1, { type: 'entity/delete', collection: 'participants', id: gone });
    expect(validateProgram(p1).ok).toBe(true);
    expect(p1.issues[0]!.travelers.some((t) => t.personId === gone)).toBe(true);
    expect(changesSince(p1, 1).some((t) => t.personId === gone)).toBe(false);
    const fresh = { ...v1.participants[0]!, id: 'p-late', familyName: 'Late' };
    const p2 = edit(edit(p1, { type: 'entity/create', collection: 'participants', entity: fresh }), {
      type: 'group/set-members',
      groupId: v1.groups[0]!.id,
      participantIds: [...v1.groups[0]!.participantIds.filter((id) => id !== gone), 'p-late'],
      staffIds: v1.groups[0]!.staffIds,
    });
    const late = changesSince(p2, 1).find((t) => t.personId === 'p-late')!;
    expect(late.heldVersion).toBeNull();
    expect(late.changes.length).toBeGreaterThan(0);
    expect(late.changes.every((c) => c.kind === 'added')).toBe(true);
  });
});

describe('issued versions are stored as deltas and validated', () => {
  const p0 = buildTmssw2024Sample();
  const v1 = issue(p0);

  test('re-issuing an unchanged program records no snapshots and null digests; both versions read back in full', () => {
    const v2 = issue(v1);
    const second = v2.issues[1]!;
    expect(second.activities).toEqual([]);
    expect(second.travelers.every((t) => t.digest === null)).toBe(true);
    expect(affectedTravelers(v2, 1)).toEqual([]);
    expect(affectedTravelers(v2, 2)).toEqual([]);
    expect(commandSchema.safeParse({ type: 'program/issue', issued: second }).success).toBe(true);
  });

  const broken: [string, (p: Program) => Program, RegExp][] = [
    ['a version that does not increase', (p) => ({ ...p, issues: [p.issues[0]!, { ...p.issues[0]!, activities: [], travelers: [] }] }), /versions must increase/],
    ['a digest naming an activity never recorded', (p) => ({ ...p, issues: [{ ...p.issues[0]!, travelers: [{ kind: 'participant', personId: 'p-x', digest: 'a-nowhere' }] }] }), /no activity "a-nowhere" recorded/],
    ['a null digest with nothing to repeat', (p) => ({ ...p, issues: [{ ...p.issues[0]!, travelers: [{ kind: 'staff', personId: 's-x', digest: null }] }] }), /no record of staff "s-x" in the previous version/],
    ['the same traveler twice', (p) => ({ ...p, issues: [{ ...p.issues[0]!, travelers: [p.issues[0]!.travelers[0]!, p.issues[0]!.travelers[0]!] }] }), /recorded twice/],
  ];
  test.each(broken)('refuses %s', (_name, breakIt, message) => {
    const result = validateProgram(breakIt(v1));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.message).join('\n')).toMatch(message);
  });
});
