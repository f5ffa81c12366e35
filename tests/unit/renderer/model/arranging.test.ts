import { describe, expect, test } from 'vitest';
import { applyCommand } from '../../../../src/shared/commands/apply';
import type { Command } from '../../../../src/shared/commands/types';
import type { PlaceActivity, Program } from '../../../../src/shared/program/schema';
import { arrangementCommand, dietCommand, hostCommand, needsActionList, rebookCommand, statusCommand } from '../../../../src/renderer/model/arranging';
import { groupCoverage, pairsText, parsePairs } from '../../../../src/renderer/model/coverage';
import { evening, moveGuest } from '../../../../src/renderer/model/hospitality';
import { buildTmssw2024Sample } from '../../../../src/cli/sample/index';

const sample = buildTmssw2024Sample();
const meeting = sample.activities.find((a): a is PlaceActivity => a.type === 'meeting' && a.status === 'confirmed' && a.arrangement !== null) as PlaceActivity;
const roundTrip = (program: Program, command: Command | null) => {
  if (!command) throw new Error('no command');
  const applied = applyCommand(program, command);
  expect(applyCommand(applied.program, applied.inverse).program).toEqual(program);
  return applied.program;
};

describe('arranging edits', () => {
  test('status and arranging record are commands that undo exactly', () => {
    const requested = roundTrip(sample, statusCommand(meeting, 'requested'));
    expect(requested.activities.find((a) => a.id === meeting.id)?.status).toBe('requested');
    expect(statusCommand(meeting, meeting.status)).toBeNull();
    const outcome = arrangementCommand(meeting, 'lastContactOn', '2024-05-01');
    if (!outcome.ok) throw new Error(outcome.error);
    const contacted = roundTrip(sample, outcome.command);
    expect((contacted.activities.find((a) => a.id === meeting.id) as PlaceActivity).arrangement?.lastContactOn).toBe('2024-05-01');
    expect(arrangementCommand(meeting, 'askedOn', '1 May')).toEqual({ ok: false, error: 'Enter a date as YYYY-MM-DD' });
    const cleared = arrangementCommand(meeting, 'askedOn', '');
    expect(cleared.ok && cleared.command.type === 'activity/set-arrangement' && cleared.command.arrangement?.askedOn).toBeNull();
  });

  test('the host on record copies its first contact; diets and rebooking are commands too', () => {
    const family = sample.hosts.find((h) => h.kind === 'family') as Program['hosts'][number];
    const hosted = roundTrip(sample, hostCommand(meeting, sample, family.id));
    expect((hosted.activities.find((a) => a.id === meeting.id) as PlaceActivity).host).toEqual({ organization: family.name, contactName: family.contacts[0]?.name, phone: family.contacts[0]?.phone, email: family.contacts[0]?.email });
    const dinner = sample.activities.find((a): a is PlaceActivity => a.type === 'home-hospitality' && a.attendees.participantIds.includes('p-iq-aljubouri')) as PlaceActivity;
    const confirmed = roundTrip(sample, dietCommand(dinner, 'p-iq-aljubouri', true));
    expect((confirmed.activities.find((a) => a.id === dinner.id) as PlaceActivity).arrangement?.dietConfirmedIds).toContain('p-iq-aljubouri');
    const flight = sample.activities.find((a) => a.type === 'travel' && a.mode === 'flight') as Program['activities'][number];
    expect(roundTrip(sample, rebookCommand(flight, true)).activities.find((a) => a.id === flight.id)).toMatchObject({ rebook: true });
    expect(rebookCommand(meeting, true)).toBeNull();
  });

  test('the needs-action list: what is not confirmed, soonest first by local time', () => {
    const list = needsActionList(sample);
    expect(list.map((t) => t.what)).toEqual(expect.arrayContaining(['Requested', 'Declined', 'Idea', 'Tentative']));
    expect(list.some((t) => t.status === 'confirmed' || t.status === 'cancelled')).toBe(false);
    const breakfast = list.find((t) => t.title.startsWith('Breakfast with Seattle'));
    expect(breakfast?.detail).toBe('Seattle Propeller Club · Local partner · last contact 2024-05-02');
  });
});

describe('coverage and placement models', () => {
  test('a group’s needed languages and who covers them, interpreters first', () => {
    const maritime = sample.groups.find((g) => g.id === 'g-maritime') as Program['groups'][number];
    expect(groupCoverage(sample, maritime)).toEqual([
      { language: 'Spanish', people: ['Daniela Quesada Jiménez', 'Rodrigo Batista Castillo', 'María José Andrade Villacís'], interpreter: 'Julián Ortega' },
      { language: 'Portuguese', people: ['Celso Macuácua'], interpreter: 'Ana Beatriz Costa' },
    ]);
    expect(parsePairs('English–French, english - Arabic')).toEqual({ ok: true, pairs: [['English', 'French'], ['english', 'Arabic']] });
    expect(parsePairs('English')).toMatchObject({ ok: false });
    expect(pairsText([['English', 'French']])).toBe('English–French');
  });

  test('an evening’s families, and a guest moved as one step', () => {
    const alvarez = sample.activities.find((a): a is PlaceActivity => a.title === 'Home hospitality dinner with the Alvarez family') as PlaceActivity;
    const { families, unplaced } = evening(sample, alvarez);
    expect(families.map((f) => f.name)).toEqual(['The Alvarez family', 'The Whitaker family', 'The Thompson family', 'The Nguyen family']);
    expect(unplaced).toEqual([]);
    const guest = alvarez.attendees.participantIds[0] as string;
    const moved = roundTrip(sample, moveGuest(sample, guest, alvarez.id, families[1]?.activity.id ?? null));
    expect(evening(moved, alvarez).families[1]?.guests.map((g) => g.id)).toContain(guest);
    const out = roundTrip(sample, moveGuest(sample, guest, alvarez.id, null));
    expect(evening(out, alvarez).unplaced.map((g) => g.id)).toEqual([guest]);
  });
});
