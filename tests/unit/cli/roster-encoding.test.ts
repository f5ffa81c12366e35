/**
 * Windows-1252 rosters through `ivlp import-roster`: every byte 0x80-0xFF, one per row inside a
 * name, must come out as the character the Windows-1252 table gives it, whatever Node runs (Node 20's
 * TextDecoder read 0x80-0x9F as control characters). The five bytes the table leaves undefined are
 * refused row by row, with the reason, and never stored.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Participant } from '../../../src/shared/program/schema';
import { run, useSampleFolder } from './cli-fixture';

const tmp = useSampleFolder('ivlp-roster-encoding-');

/**
 * 0x80-0x9F of Windows-1252 as published by Unicode (MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT),
 * null where the table defines no character; 0xA0-0xFF are U+00A0-U+00FF.
 */
const C1: (number | null)[] = [
  0x20ac, null, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, null, 0x017d, null,
  null, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, null, 0x017e, 0x0178,
];
const windows1252 = (byte: number): number | null => (byte < 0xa0 ? (C1[byte - 0x80] as number | null) : byte);

interface Report {
  accepted: { row: number; participant: Participant }[];
  rejected: { row: number; reason: string }[];
  roster: { encoding: string };
}

describe('ivlp import-roster: Windows-1252', () => {
  test('every byte 0x80-0xFF decodes to its Windows-1252 character; the five undefined bytes reject their rows', async () => {
    const bytes: number[] = [...Buffer.from('Given name,Family name,Country\r\n', 'ascii')];
    const rowOf = new Map<number, number>();
    for (let byte = 0x80; byte <= 0xff; byte++) {
      rowOf.set(byte, rowOf.size + 2);
      // Inside the name ("X?Y"), so trimming cannot take a no-break space or a soft hyphen away.
      bytes.push(...Buffer.from('X', 'ascii'), byte, ...Buffer.from(`Y,Byte${byte.toString(16)},Testland\r\n`, 'ascii'));
    }
    const roster = join(tmp.dir, 'bytes.csv');
    await writeFile(roster, Buffer.from(bytes));

    const result = await run('import-roster', tmp.file, roster, '--dry-run', '--json');
    const report = JSON.parse(result.out) as Report;
    expect(report.roster.encoding).toBe('windows-1252');

    let checked = 0;
    for (const [byte, row] of rowOf) {
      const expected = windows1252(byte);
      const accepted = report.accepted.find((a) => a.row === row);
      const rejected = report.rejected.find((r) => r.row === row);
      if (expected === null) {
        expect(accepted, `byte 0x${byte.toString(16)}`).toBeUndefined();
        expect(rejected?.reason, `byte 0x${byte.toString(16)}`).toMatch(/a character the file’s encoding does not define/);
      } else {
        expect(accepted?.participant.givenName, `byte 0x${byte.toString(16)}`).toBe(`X${String.fromCodePoint(expected)}Y`);
      }
      checked++;
    }
    expect(checked).toBe(128);
    expect(report.accepted).toHaveLength(123);
    expect(report.rejected.map((r) => r.row)).toEqual([0x81, 0x8d, 0x8f, 0x90, 0x9d].map((b) => rowOf.get(b)));
    expect(result.code).toBe(1); // some rows rejected; --dry-run wrote nothing
  });
});
