import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readProgramFile } from '../../../src/main/storage/program-file';
import { applyCommand } from '../../../src/shared/commands/apply';
import { affectedTravelers } from '../../../src/shared/issuing/index';
import { serializeProgram } from '../../../src/shared/program/load';
import { CURRENT_SCHEMA_VERSION, type Program } from '../../../src/shared/program/schema';
import { addMinutes } from '../../../src/shared/time';
import { pdfText } from '../main/print/helpers';
import { run, sample, useSampleFolder } from './cli-fixture';

const tmp = useSampleFolder('ivlp-issue-');
const travelers = sample.participants.length + sample.staff.length;

/** Retimes one group meeting in the file (as the app would save it); returns its id. */
async function retimeGroupMeeting(): Promise<string> {
  const { program } = await readProgramFile(tmp.file);
  const meeting = program.activities.find((a) => a.type === 'meeting' && a.timing.kind === 'scheduled' && a.attendees.groupIds.length === 1 && a.status !== 'cancelled');
  if (!meeting || meeting.timing.kind !== 'scheduled') throw new Error('no group meeting');
  const next = applyCommand(program, { type: 'activity/set-times', id: meeting.id, start: addMinutes(meeting.timing.start, 45), end: addMinutes(meeting.timing.end, 45) }).program;
  await writeFile(tmp.file, serializeProgram(next));
  return meeting.id;
}

const load = async (): Promise<Program> => (await readProgramFile(tmp.file)).program;

describe('ivlp issue', () => {
  test('records version 1, then 2, in the file through the durable writer', async () => {
    const first = await run('issue', tmp.file, '--note', 'Sent to all before arrival');
    expect(first.code, first.err).toBe(0);
    expect(first.out).toBe(`issued version 1 to ${travelers} travelers (${sample.participants.length} participants, ${sample.staff.length} staff)\n`);
    const p1 = await load();
    expect(p1.issues.map((v) => [v.version, v.note])).toEqual([[1, 'Sent to all before arrival']]);
    expect(existsSync(`${tmp.file}.bak`)).toBe(true); // the previous bytes were kept as the backup
    expect((await readdir(tmp.dir)).filter((n) => n.includes('.tmp'))).toEqual([]);
    const second = await run('issue', tmp.file);
    expect(second.out).toMatch(/^issued version 2 to /);
    expect((await load()).issues.map((v) => v.version)).toEqual([1, 2]);
  });

  test('refuses a missing file, a newer app\'s file and bad options, and changes nothing', async () => {
    expect((await run('issue', join(tmp.dir, 'missing.ivlp.json'))).code).toBe(2);
    const newer = serializeProgram(sample).replace(`"schemaVersion": ${CURRENT_SCHEMA_VERSION}`, `"schemaVersion": ${CURRENT_SCHEMA_VERSION + 1}`);
    await writeFile(tmp.file, newer);
    const refused = await run('issue', tmp.file);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/newer IVLP Planner.*Nothing was recorded/);
    expect(await readFile(tmp.file, 'utf8')).toBe(newer);
    expect((await run('issue', tmp.file, '--notes', 'x')).code).toBe(2);
    expect((await run('issue')).err).toMatch(/issue takes one program file/);
  });
});

describe('ivlp changes', () => {
  test('lists exactly the travelers whose itinerary changed, in words and as JSON', async () => {
    await run('issue', tmp.file);
    const meetingId = await retimeGroupMeeting();
    const expected = affectedTravelers(await load(), 1);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(travelers);

    const text = await run('changes', tmp.file, '--since', '1');
    expect(text.code, text.err).toBe(0);
    expect(text.out).toMatch(new RegExp(`^Changes since version 1 \\(issued .*\\): ${expected.length} of ${travelers} travelers affected\\.`));
    expect(text.out).toMatch(/ {2}- New time: .*, was .* [A-Z]{3,4}, now .* [A-Z]{3,4}\n/);
    for (const t of expected) expect(text.out).toContain(`${t.name} (${t.kind} ${t.personId})`);

    const json = await run('changes', tmp.file, '--since', '1', '--json');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out) as { since: number; unchanged: number; travelers: { personId: string; changes: { kind: string; activityId: string; text: string }[] }[] };
    expect(report.since).toBe(1);
    expect(report.unchanged).toBe(travelers - expected.length);
    expect(report.travelers.map((t) => t.personId)).toEqual(expected.map((t) => t.personId));
    for (const t of report.travelers) expect(t.changes.map((c) => [c.kind, c.activityId])).toEqual([['retimed', meetingId]]);
  });

  const bad: [string, string[], RegExp][] = [
    ['an unknown version', ['--since', '3'], /no issued version 3 in this program \(versions: 1\)/],
    ['no --since', [], /--since must be a version number/],
    ['a version that is not a number', ['--since', 'two'], /--since must be a version number/],
    ['an unknown option', ['--since', '1', '--csv'], /Unknown option '--csv'/],
  ];
  test.each(bad)('exits 2 on %s', async (_name, args, message) => {
    await run('issue', tmp.file);
    const result = await run('changes', tmp.file, ...args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.out).toBe('');
  });
});

describe('ivlp export with issued versions', () => {
  test('--affected-only --since N writes calendars for the affected participants only', async () => {
    await run('issue', tmp.file);
    await retimeGroupMeeting();
    const affected = affectedTravelers(await load(), 1).filter((t) => t.kind === 'participant');
    const out = join(tmp.dir, 'ics');
    const result = await run('export', 'ics', tmp.file, '--out', out, '--all', '--affected-only', '--since', '1');
    expect(result.code, result.err).toBe(0);
    expect((await readdir(out)).sort()).toEqual(affected.map((t) => `itinerary-${t.personId}.ics`).sort());
  });

  test('bad combinations exit 2', async () => {
    await run('issue', tmp.file);
    const out = join(tmp.dir, 'x');
    expect((await run('export', 'ics', tmp.file, '--out', out, '--all', '--affected-only')).err).toMatch(/--affected-only needs --since/);
    expect((await run('export', 'pdf', tmp.file, '--out', out, '--book', '--changes-since', '1')).err).toMatch(/apply to travelers/);
    expect((await run('export', 'pdf', tmp.file, '--out', out, '--all', '--changes-since', '4')).err).toMatch(/no issued version 4/);
    expect((await run('export', 'ics', tmp.file, '--out', out, '--all', '--since', '1')).err).toMatch(/--since N goes with --affected-only/);
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });

  test('pdf --changes-since puts the changes page first; the footer names the issued version', async () => {
    await run('issue', tmp.file);
    const meetingId = await retimeGroupMeeting();
    await run('issue', tmp.file);
    const program = await load();
    const person = affectedTravelers(program, 1).find((t) => t.kind === 'participant');
    if (!person) throw new Error('no affected participant');
    const out = join(tmp.dir, 'pdf');
    const result = await run('export', 'pdf', tmp.file, '--out', out, '--participant', person.personId, '--changes-since', '1');
    expect(result.code, result.err).toBe(0);
    const pdf = join(out, `itinerary-${person.personId}.pdf`);
    const first = (await pdfText(pdf, { first: 1, last: 1 })).replace(/\s+/g, ' ');
    expect(first).toContain('Changes since version 1');
    const title = program.activities.find((a) => a.id === meetingId)?.title as string;
    expect(first).toContain(`New time: ${title}`);
    expect(first).toMatch(/was \w{3}, \w{3} \d+, \d\d:\d\d–\d\d:\d\d [A-Z]{3,4}, now/);
    expect(first).toContain(', version 2');
    const second = (await pdfText(pdf, { first: 2, last: 2 })).replace(/\s+/g, ' ');
    expect(second).toContain(person.name);
    expect(second).toContain('Personal itinerary');
  });
});
