import { describe, expect, it } from 'vitest';
import { emptyProgram, placeActivity } from '../../../../src/shared/program/factory';
import { applyFieldEdit, scheduleAt, setTranslation, toggleAttendee } from '../../../../src/renderer/model/activity-edit';

const program = {
  ...emptyProgram({ id: 'p', title: 'P', startDate: '2026-03-02', endDate: '2026-03-10', homeTimeZone: 'America/New_York' }),
  cities: [{ id: 'c1', name: 'Washington', region: 'DC', country: 'US', timeZone: 'America/New_York' }],
  venues: [{ id: 'v1', cityId: 'c1', kind: 'venue' as const, name: 'Hall', code: '', address: '', directions: '', security: '', accessibility: '', directoryId: null, phone: '', coordinates: null }],
};

const meeting = placeActivity({
  id: 'a1',
  title: 'Meeting',
  cityId: 'c1',
  timing: { kind: 'scheduled', start: '2026-03-08T01:00:00-05:00[America/New_York]', end: '2026-03-08T04:00:00-04:00[America/New_York]' },
});

describe('applyFieldEdit', () => {
  it('refuses an empty title and trims a good one', () => {
    expect(applyFieldEdit(meeting, 'title', '   ', program)).toEqual({ ok: false, error: 'The title cannot be empty' });
    const result = applyFieldEdit(meeting, 'title', ' Visit ', program);
    expect(result.ok && result.activity.title).toBe('Visit');
  });

  it('writes a local time in the activity zone and refuses one DST skips', () => {
    const later = applyFieldEdit(meeting, 'start', '2026-03-08T03:30', program);
    expect(later.ok && later.activity.timing).toEqual({ ...meeting.timing, start: '2026-03-08T03:30:00-04:00[America/New_York]' });
    const gap = applyFieldEdit(meeting, 'start', '2026-03-08T02:30', program);
    expect(gap.ok).toBe(false);
    expect(!gap.ok && gap.error).toContain('does not exist in America/New_York');
  });

  it('refuses an end at or before the start, and a malformed time', () => {
    expect(applyFieldEdit(meeting, 'end', '2026-03-08T01:00', program)).toEqual({ ok: false, error: 'The end must be after the start' });
    expect(applyFieldEdit(meeting, 'end', '', program)).toEqual({ ok: false, error: 'Enter a date and time' });
  });

  it('sets and clears the venue and keeps the activity schema-valid', () => {
    const set = applyFieldEdit(meeting, 'venueId', 'v1', program);
    expect(set.ok && set.activity.type !== 'travel' && set.activity.type !== 'hotel-stay' && set.activity.venueId).toBe('v1');
    const cleared = applyFieldEdit(meeting, 'venueId', '', program);
    expect(cleared.ok && cleared.activity.type !== 'travel' && cleared.activity.type !== 'hotel-stay' && cleared.activity.venueId).toBe(null);
  });

  it('fills a host field by field and drops a host whose fields are all blank', () => {
    const withHost = applyFieldEdit(meeting, 'host.organization', ' City Hall ', program);
    if (!withHost.ok || withHost.activity.type === 'travel' || withHost.activity.type === 'hotel-stay') throw new Error('expected a place activity');
    expect(withHost.activity.host).toEqual({ organization: 'City Hall', contactName: '', phone: '', email: '' });
    const cleared = applyFieldEdit(withHost.activity, 'host.organization', '', program);
    expect(cleared.ok && cleared.activity.type === 'meeting' && cleared.activity.host).toBe(null);
  });

  it('toggles attendees without duplicates', () => {
    const one = toggleAttendee(meeting, 'groupIds', 'g1', true);
    expect(toggleAttendee(one, 'groupIds', 'g1', true).attendees.groupIds).toEqual(['g1']);
    expect(toggleAttendee(one, 'groupIds', 'g1', false).attendees.groupIds).toEqual([]);
    expect(toggleAttendee(meeting, 'everyone', '', true).attendees.everyone).toBe(true);
  });

  it('schedules an unscheduled activity in its city zone, keeping its duration', () => {
    const program = {
      ...emptyProgram({ id: 'p', title: 'P', startDate: '2026-05-04', endDate: '2026-05-10', homeTimeZone: 'America/New_York' }),
      cities: [{ id: 'c1', name: 'Phoenix', region: 'AZ', country: 'US', timeZone: 'America/Phoenix' }],
    };
    const floating = { ...meeting, timing: { kind: 'unscheduled' as const, durationMinutes: 90 } };
    const placed = scheduleAt(floating, program, '2026-05-06T09:00');
    expect(placed.ok && placed.activity.timing).toEqual({
      kind: 'scheduled',
      start: '2026-05-06T09:00:00-07:00[America/Phoenix]',
      end: '2026-05-06T10:30:00-07:00[America/Phoenix]',
    });
    const fromHome = scheduleAt(floating, program, '2026-05-06T12:00', 'America/New_York');
    expect(fromHome.ok && fromHome.activity.timing.kind === 'scheduled' && fromHome.activity.timing.start).toBe('2026-05-06T09:00:00-07:00[America/Phoenix]');
    expect(scheduleAt(meeting, program, '2026-05-06T09:00').ok).toBe(false);
  });
});

describe('setTranslation', () => {
  it('adds, edits and removes a language, keeping the languages in their fixed order', () => {
    const fr = setTranslation(meeting, 'fr', 'title', ' Réunion ', program);
    if (!fr.ok) throw new Error(fr.error);
    expect(fr.activity.translations).toEqual([{ language: 'fr', title: 'Réunion', notes: '' }]);
    const ar = setTranslation(fr.activity, 'ar', 'notes', 'أحضروا جواز السفر.', program);
    if (!ar.ok) throw new Error(ar.error);
    expect(ar.activity.translations.map((t) => t.language)).toEqual(['ar', 'fr']);
    const gone = setTranslation(ar.activity, 'fr', 'title', '', program);
    if (!gone.ok) throw new Error(gone.error);
    expect(gone.activity.translations).toEqual([{ language: 'ar', title: '', notes: 'أحضروا جواز السفر.' }]);
  });

  it('refuses a title longer than the file allows, with the reason', () => {
    const result = setTranslation(meeting, 'es', 'title', 'x'.repeat(301), program);
    expect(result.ok).toBe(false);
  });
});
