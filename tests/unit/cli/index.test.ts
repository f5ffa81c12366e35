import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { CheckReport } from '../../../src/cli/check';
import { serializeProgram } from '../../../src/shared/program/load';
import { CURRENT_SCHEMA_VERSION } from '../../../src/shared/program/schema';
import { buildTmssw2024Sample } from '../../../src/cli/sample/index';
import { run } from './cli-fixture';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const built = existsSync(join(root, 'out/main/cli.js'));
const sampleText = serializeProgram(buildTmssw2024Sample());

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ivlp-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ivlp sample', () => {
  test('writes the sample, refuses to overwrite it, and replaces it with --force', async () => {
    const file = join(dir, 'tmssw.ivlp.json');
    expect((await run('sample', file)).code).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(sampleText);

    await writeFile(file, 'my own edits');
    const refused = await run('sample', file);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/already exists.*--force/);
    expect(await readFile(file, 'utf8')).toBe('my own edits');

    expect((await run('sample', file, '--force')).code).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(sampleText);
    // No temp file is left beside it.
    expect(await readdir(dir)).toEqual(['tmssw.ivlp.json']);
  });
});

describe('ivlp check', () => {
  test('accepts the sample (exit 0) and summarizes it', async () => {
    const file = join(dir, 'tmssw.ivlp.json');
    await writeFile(file, sampleText);
    const result = await run('check', file);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/valid program: 56 participants, 14 staff, 4 groups, \d+ activities, \d+ cities/);

    const json = await run('check', file, '--json');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out) as CheckReport;
    expect(report).toMatchObject({ ok: true, file, errors: [], summary: { participants: 56, staff: 14, groups: 4 } });
  });

  test('rejects a truncated copy, names the problem, and leaves its bytes exactly as they were', async () => {
    const file = join(dir, 'cut.ivlp.json');
    const bytes = Buffer.from(sampleText, 'utf8').subarray(0, 100_000);
    await writeFile(file, bytes);
    const result = await run('check', file);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/cut off before its end/);
    expect((await readFile(file)).equals(bytes)).toBe(true);
    // Nothing else appeared either: no backup, lock or temp file.
    expect(await readdir(dir)).toEqual(['cut.ivlp.json']);
  });

  test('reports an unknown key and a bad time zone, each with its path', async () => {
    const doc = JSON.parse(sampleText) as { participants: Record<string, unknown>[]; cities: Record<string, unknown>[] };
    doc.participants[0] = { ...doc.participants[0], nickname: 'Dani' };
    doc.cities[4] = { ...doc.cities[4], timeZone: 'America/Tucson_Standard' };
    const file = join(dir, 'broken.ivlp.json');
    const text = `${JSON.stringify(doc, null, 2)}\n`;
    await writeFile(file, text);

    const json = await run('check', file, '--json');
    expect(json.code).toBe(2);
    const report = JSON.parse(json.out) as CheckReport;
    expect(report.ok).toBe(false);
    expect(report.summary).toBeNull();
    expect(report.errors.map((e) => e.path).sort()).toEqual(['cities[4].timeZone', 'participants[0]']);
    expect(report.errors.find((e) => e.path === 'participants[0]')?.message).toMatch(/nickname/);

    const human = await run('check', file);
    expect(human.code).toBe(2);
    expect(human.err).toMatch(/2 problems/);
    expect(human.err).toMatch(/participants\[0\]: .*nickname/);
    expect(human.err).toMatch(/cities\[4\]\.timeZone: "America\/Tucson_Standard" is not an IANA time zone/);
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  test('lists the sample’s problems: the open ones, and its dismissal flagged (exit 0: no errors)', async () => {
    const file = join(dir, 'tmssw.ivlp.json');
    await writeFile(file, sampleText);
    // A date long before the program: no appointment is close enough to need confirming yet.
    const json = await run('check', file, '--json', '--today', '2024-03-01');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out) as CheckReport;
    expect(report.openProblems).toEqual({ error: 0, warning: 4, info: 4 });
    expect(report.problems?.map((p) => [p.severity, p.ruleId, p.dismissed])).toEqual([
      ['warning', 'home-hospitality-diet', false],
      ['warning', 'travel-time', true],
      ['warning', 'short-interpreted-meeting', false],
      ['warning', 'no-meal-break', false],
      ['warning', 'travel-time', false],
      ['info', 'holiday-or-weekend', false],
      ['info', 'holiday-or-weekend', false],
      ['info', 'holiday-or-weekend', false],
      ['info', 'holiday-or-weekend', false],
    ]);
    expect(report.problems?.[4]).toEqual({
      id: 'travel-time/2024-05-17/a-log-020+a-log-021/p-kr-kim',
      ruleId: 'travel-time',
      severity: 'warning',
      message: expect.stringMatching(/^Ji-won Kim: 20 min from “Shuttle to JFK/),
      day: '2024-05-17',
      activityIds: ['a-log-020', 'a-log-021'],
      personIds: ['p-kr-kim'],
      groupIds: [],
      dismissed: false,
    });

    const human = await run('check', file, '--today', '2024-03-01');
    expect(human.code).toBe(0);
    expect(human.out).toMatch(/^problems: 0 errors, 4 warnings, 4 info \(1 dismissed\)$/m);
    expect(human.out).toMatch(/^ {2}warning travel-time: Ji-won Kim: 20 min .*\n {4}activities a-log-020, a-log-021; people p-kr-kim$/m);
    // Dismissed problems come last.
    expect(human.out.trimEnd().split('\n').at(-2)).toMatch(/^ {2}dismissed warning travel-time: Catherine Whitfield: 25 min/);
  });

  test('a valid program with an error nobody dismissed exits 1; dismissing it brings back 0', async () => {
    const program = buildTmssw2024Sample();
    const plenary = program.activities.find((a) => a.title.startsWith('Opening plenary'));
    const next = program.activities.find((a) => a.title.startsWith('Countering transnational crime'));
    if (plenary?.timing.kind !== 'scheduled' || next?.timing.kind !== 'scheduled') throw new Error('sample changed');
    // The opening plenary runs into the next one: every group and the staff outside groups are double-booked.
    const end = next.timing.end;
    const clash = { ...program, activities: program.activities.map((a) => (a === plenary ? { ...a, timing: { ...plenary.timing, end } } : a)) };
    const file = join(dir, 'clash.ivlp.json');
    await writeFile(file, serializeProgram(clash));
    const json = await run('check', file, '--json', '--today', '2024-03-01');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out) as CheckReport;
    expect(report.ok).toBe(true);
    const errors = report.problems?.filter((p) => p.severity === 'error') ?? [];
    expect(errors.map((p) => p.ruleId).sort()).toEqual(['group-double-booked', 'person-double-booked']);
    expect(errors.every((p) => p.activityIds.includes(plenary.id) && p.personIds.length > 0)).toBe(true);
    const human = await run('check', file, '--today', '2024-03-01');
    expect(human.code).toBe(1);
    expect(human.out).toMatch(/^problems: 2 errors, 4 warnings, 4 info/m);
    expect(human.out).toMatch(/^ {2}error group-double-booked: Groups .* are booked into both “Opening plenary/m);

    const dismissedAt = '2024-04-25T09:00:00.000Z';
    const dismissals = [...clash.dismissals, ...errors.map((p) => ({ problemId: p.id, reason: 'The second session starts late.', dismissedAt }))];
    await writeFile(file, serializeProgram({ ...clash, dismissals }));
    const after = await run('check', file, '--json', '--today', '2024-03-01');
    expect(after.code).toBe(0);
    expect((JSON.parse(after.out) as CheckReport).openProblems).toEqual({ error: 0, warning: 4, info: 4 });
  });

  test('a missing file is unreadable (exit 2)', async () => {
    const result = await run('check', join(dir, 'nope.ivlp.json'), '--json');
    expect(result.code).toBe(2);
    expect(JSON.parse(result.out)).toMatchObject({ ok: false, errors: [{ path: '(file)' }], summary: null, problems: null });
  });

  test('a file from a newer app is valid but read-only', async () => {
    const file = join(dir, 'future.ivlp.json');
    await writeFile(file, sampleText.replace(`"schemaVersion": ${CURRENT_SCHEMA_VERSION}`, `"schemaVersion": ${CURRENT_SCHEMA_VERSION + 1}`));
    const result = await run('check', file);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/note: .*newer IVLP Planner/);
  });
});

describe('usage', () => {
  test('--help prints usage and exits 0', async () => {
    const result = await run('--help');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Usage: ivlp/);
  });

  test.each([[['frobnicate']], [[]], [['check']], [['check', 'a', 'b']], [['check', 'a', '--bogus']]])('%j prints usage and exits 2', async (argv) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Usage: ivlp/);
  });
});

describe('the built command', () => {
  test.skipIf(!built)(`node bin/ivlp.mjs check runs the built CLI${built ? '' : ' (skipped: out/main/cli.js is not built; run npm run build)'}`, async () => {
    const file = join(dir, 'tmssw.ivlp.json');
    await writeFile(file, sampleText);
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'bin/ivlp.mjs'), 'check', file, '--json']);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, summary: { participants: 56 } });

    const cut = join(dir, 'cut.ivlp.json');
    await writeFile(cut, sampleText.slice(0, 1000));
    const failed = await promisify(execFile)(process.execPath, [join(root, 'bin/ivlp.mjs'), 'check', cut]).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 2 });
  });
});
