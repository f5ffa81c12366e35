/** What the issuing dialogs compute: the issue command, its message, the change list per version. */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../../src/shared/commands/apply';
import { changesSummary, changesView, errorWarning, issueCommand, issuedMessage } from '../../../../../src/renderer/features/issuing/issuing-model';
import { zonedFromLocal } from '../../../../../src/shared/time';
import { smallProgram } from '../../../main/app-fixture';

const NOW = new Date('2024-04-22T15:00:00Z');

describe('issuing model', () => {
  it('issues the next version of every traveler’s itinerary, with the trimmed note', () => {
    const program = smallProgram();
    const command = issueCommand(program, '  before arrival ', NOW);
    expect(command.issued).toMatchObject({ version: 1, issuedAt: '2024-04-22T15:00:00.000Z', note: 'before arrival' });
    expect(issuedMessage(command.issued)).toBe('Version 1 issued to 2 travelers');
    const after = applyCommand(program, command).program;
    expect(issueCommand(after, '', NOW).issued.version).toBe(2);
  });

  it('lists only travelers with changes, per version, and is empty right after an issue', () => {
    let program = smallProgram();
    program = applyCommand(program, issueCommand(program, '', NOW)).program;
    expect(changesView(program, 1)).toMatchObject({ travelers: [], total: 2, changeCount: 0 });

    program = applyCommand(program, { type: 'activity/move', id: 'a-police', start: zonedFromLocal('2024-05-06T13:00', 'America/Phoenix') }).program;
    program = applyCommand(program, issueCommand(program, 'new time', NOW)).program;
    expect(changesView(program, 2).travelers).toEqual([]);

    const since1 = changesView(program, 1);
    expect(since1.travelers.map((t) => t.key)).toEqual(['participant:p1', 'participant:p2']);
    expect(since1.travelers[0]?.lines).toEqual([{ activityId: 'a-police', text: 'New time: Phoenix Police Department, was Mon, May 6, 09:00–10:30 MST, now Mon, May 6, 13:00–14:30 MST' }]);
    expect(changesSummary(since1)).toBe('2 changes for 2 of 2 travelers');
    expect(() => changesView(program, 3)).toThrow(RangeError);
  });

  it('warns about open errors without blocking', () => {
    expect(errorWarning(0)).toBeNull();
    expect(errorWarning(1)).toContain('1 open error');
    expect(errorWarning(3)).toContain('3 open errors');
  });
});
