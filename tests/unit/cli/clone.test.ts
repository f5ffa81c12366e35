/**
 * `ivlp clone` on real files: the TMSSW 2024 sample becomes TMSSW 2025, checked by `ivlp check`.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import type { CheckReport } from '../../../src/cli/check';
import { loadProgramText } from '../../../src/shared/program/load';
import type { Activity, Program } from '../../../src/shared/program/schema';
import { Temporal } from '../../../src/shared/time';
import { run, sample, useSampleFolder } from './cli-fixture';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const folder = useSampleFolder('ivlp-clone-');
const weekday = (zoned: string) => Temporal.PlainDate.from(zoned.slice(0, 10)).dayOfWeek;

async function load(file: string): Promise<Program> {
  const loaded = loadProgramText(await readFile(file, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.program;
}

describe('ivlp clone', () => {
  test('the sample to 2025: same weekdays and local times, nothing of 2024 left, and ivlp check clean but for what is flagged', async () => {
    const out = join(folder.dir, 'tmssw-2025.ivlp.json');
    const result = await run('clone', folder.file, '--start', '2025-04-28', '--out', out);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Towards a More Safe and Secure World 2025: 2025-04-28 to 2025-05-16 \(every date \+364 days, same weekdays\)$/m);
    expect(result.out).toMatch(/appointments to request again, \d+ bookings to make again/);

    const text = await readFile(out, 'utf8');
    expect(text).not.toContain('2024');
    const clone = await load(out);
    const before = new Map(sample.activities.map((a) => [a.id, a]));
    expect(clone.activities.length).toBeGreaterThan(250);
    for (const a of clone.activities) {
      const old = before.get(a.id) as Activity;
      if (a.timing.kind !== 'scheduled' || old.timing.kind !== 'scheduled') continue;
      expect([weekday(a.timing.start), a.timing.start.slice(11, 16), a.timing.end.slice(11, 16)], a.id).toEqual([weekday(old.timing.start), old.timing.start.slice(11, 16), old.timing.end.slice(11, 16)]);
    }

    const check = await run('check', out, '--json', '--today', '2025-01-15');
    expect(check.code).toBe(0);
    const report = JSON.parse(check.out) as CheckReport;
    expect(report.openProblems?.error).toBe(0);
    const flagged = new Set(['to-rebook', 'home-hospitality-guests', 'holiday-or-weekend']);
    const sourceCheck = JSON.parse((await run('check', folder.file, '--json', '--today', '2024-01-15')).out) as CheckReport;
    const inSource = new Set(sourceCheck.problems?.map((p) => `${p.ruleId} ${p.activityIds.join('+')}`));
    expect(report.problems?.filter((p) => !flagged.has(p.ruleId) && !inSource.has(`${p.ruleId} ${p.activityIds.join('+')}`))).toEqual([]);
    expect(report.problems?.filter((p) => p.ruleId === 'to-rebook').length).toBeGreaterThan(50);
  });

  test('appointments as ideas, the roster kept, and --json', async () => {
    const out = join(folder.dir, 'next.ivlp.json');
    const result = await run('clone', folder.file, '--start', '2025-04-28', '--out', out, '--appointments', 'idea', '--keep-roster', '--json');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.out) as { title: string; shiftDays: number; droppedPersonal: number };
    expect(summary).toMatchObject({ title: 'Towards a More Safe and Secure World 2025', shiftDays: 364, droppedPersonal: 0 });
    const clone = await load(out);
    expect(clone.participants).toHaveLength(56);
    expect(clone.activities.filter((a) => a.type === 'meeting').every((a) => a.status === 'idea')).toBe(true);
  });

  test('refuses another weekday and an existing file (unless --force), and writes nothing then', async () => {
    const out = join(folder.dir, 'tmssw-2025.ivlp.json');
    const tuesday = await run('clone', folder.file, '--start', '2025-04-29', '--out', out);
    expect(tuesday.code).toBe(2);
    expect(tuesday.err).toContain('2025-04-29 is a Tuesday, but the program starts on a Monday (2024-04-29)');
    expect(existsSync(out)).toBe(false);

    await writeFile(out, 'last week’s attempt');
    const refused = await run('clone', folder.file, '--start', '2025-04-28', '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/already exists.*--force/);
    expect(await readFile(out, 'utf8')).toBe('last week’s attempt');
    expect((await run('clone', folder.file, '--start', '2025-04-28', '--out', out, '--force')).code).toBe(0);
    expect((await load(out)).startDate).toBe('2025-04-28');
    expect((await readdir(folder.dir)).sort()).toEqual(['tmssw-2025.ivlp.json', 'tmssw.ivlp.json']);

    for (const argv of [['clone', folder.file, '--out', out], ['clone', folder.file, '--start', '2025-04-28'], ['clone', folder.file, '--start', '2025-04-28', '--out', out, '--appointments', 'confirmed']]) {
      const bad = await run(...argv);
      expect(bad.code, argv.join(' ')).toBe(2);
      expect(bad.err).toContain('clone <program> --start YYYY-MM-DD --out <file>');
    }
  });

  test.skipIf(!existsSync(join(root, 'out/main/cli.js')))('the built command (bin/ivlp.mjs) clones too (skipped before npm run build)', async () => {
    const out = join(folder.dir, 'built.ivlp.json');
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'bin/ivlp.mjs'), 'clone', folder.file, '--start', '2025-04-28', '--out', out]);
    expect(stdout).toContain('Towards a More Safe and Secure World 2025');
    expect((await load(out)).id).toBe('tmssw-2025');
  });
});
