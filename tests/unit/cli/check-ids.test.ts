/**
 * Ids that differ only by letter case are one file name on Windows and macOS disks: `ivlp check`
 * refuses a program that has such a pair, and `ivlp export` refuses to read it.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { serializeProgram } from '../../../src/shared/program/load';
import type { Program } from '../../../src/shared/program/schema';
import { run, sample, useSampleFolder } from './cli-fixture';

const tmp = useSampleFolder('ivlp-check-ids-');

/** The sample with a copy of its first participant whose id differs only by letter case. */
function withCaseTwin(): Program {
  const first = sample.participants[0];
  if (!first) throw new Error('the sample has no participants');
  return { ...sample, participants: [...sample.participants, { ...first, id: first.id.toUpperCase(), givenName: 'Twin' }] };
}

describe('ids unique when letter case is ignored', () => {
  test('ivlp check exits 2 naming both ids', async () => {
    const twin = withCaseTwin();
    await writeFile(tmp.file, serializeProgram(twin));
    const result = await run('check', tmp.file);
    expect(result.code).toBe(2);
    const first = sample.participants[0]?.id as string;
    expect(result.err + result.out).toContain(`participants[${sample.participants.length}].id`);
    expect(result.err + result.out).toContain(`id "${first.toUpperCase()}" differs from "${first}" only by letter case`);
  });

  test('ivlp export refuses the file and writes nothing', async () => {
    await writeFile(tmp.file, serializeProgram(withCaseTwin()));
    const out = join(tmp.dir, 'calendars');
    const result = await run('export', 'ics', tmp.file, '--out', out, '--all');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/only by letter case/);
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });
});
