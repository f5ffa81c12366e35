/**
 * A roster pasted together from two sources: Windows-1252 rows with one UTF-8 row among them. The
 * file is not valid UTF-8, so all of it is read as Windows-1252 and the UTF-8 row comes out as
 * "JosÃ©". `ivlp import-roster` must refuse that row with the reason (and the name it probably
 * is), import the others, and never store the garbled name.
 */
import iconv from 'iconv-lite';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run, useSampleFolder } from './cli-fixture';

const tmp = useSampleFolder('ivlp-roster-mixed-');
const cp1252 = (text: string) => iconv.encode(text, 'windows1252');

describe('ivlp import-roster: a roster that mixes encodings', () => {
  test('the UTF-8 row is rejected with its reason; the Windows-1252 rows are imported as typed', async () => {
    const roster = join(tmp.dir, 'pasted.csv');
    await writeFile(
      roster,
      Buffer.concat([
        cp1252('Given name;Family name;Country\r\nJürgen;Müller;Germany\r\nŠime;Žužul;Croatia\r\n'),
        Buffer.from('José;Muñoz Pérez;Chile\r\n', 'utf8'),
        cp1252('Ana;Da Silva;Brazil\r\n'),
      ]),
    );
    const before = await readFile(tmp.file, 'utf8');

    const result = await run('import-roster', tmp.file, roster);

    expect(result.code).toBe(1);
    expect(result.out).toMatch(/row 4: "Given name" "JosÃ©" looks garbled: UTF-8 text read as Windows-1252, probably "José"/);
    expect(result.out).toMatch(/row 4: .*"Family name" "MuÃ±oz PÃ©rez" looks garbled: .*probably "Muñoz Pérez"/);
    expect(result.out).toMatch(/Accepted: 3/);
    expect(result.out).toMatch(/Šime Žužul \(Croatia\)/);
    const after = await readFile(tmp.file, 'utf8');
    expect(after).not.toBe(before);
    expect(after).not.toMatch(/Ã/);
    expect(after).toContain('"familyName": "Müller"');
    expect(after).toContain('"familyName": "Žužul"');
  });
});
