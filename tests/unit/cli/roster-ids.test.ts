/**
 * Ids that `ivlp import-roster` makes spell the name in ASCII rather than dropping letters
 * (Søreide was p-s-reide, Žužul p-u-ul), and never collide, not even by letter case, with an id
 * the program already has.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { serializeProgram } from '../../../src/shared/program/load';
import type { Participant } from '../../../src/shared/program/schema';
import { run, sample, useSampleFolder } from './cli-fixture';

const tmp = useSampleFolder('ivlp-roster-ids-');

describe('ivlp import-roster: readable ids', () => {
  test('letters beyond ASCII are transliterated, not dropped', async () => {
    const roster = join(tmp.dir, 'roster.csv');
    await writeFile(
      roster,
      [
        'Given name,Family name,Country',
        'Åse,Søreide,Norway',
        'Ana,Žužul,Croatia',
        'Jürgen,Groß,Germany',
        'Łukasz,Wójcik,Poland',
        'Ђорђе,Петровић,Serbia',
        'Þóra,Æsadóttir,Iceland',
        'Güneş,Yıldız,Türkiye',
        '小龍,李,China',
      ].join('\r\n'),
    );
    const result = await run('import-roster', tmp.file, roster, '--dry-run', '--json');
    expect(result.code).toBe(0);
    const ids = (JSON.parse(result.out) as { accepted: { participant: Participant }[] }).accepted.map((a) => a.participant.id);
    expect(ids).toEqual([
      'p-soreide-ase',
      'p-zuzul-ana',
      'p-gross-jurgen',
      'p-wojcik-lukasz',
      'p-petrovic-djordje',
      'p-aesadottir-thora',
      'p-yildiz-gunes',
      'p-participant', // no ASCII spelling: the kind, as the People workspace does
    ]);
  });

  test('an existing id that differs only by letter case counts as taken', async () => {
    const first = sample.participants[0] as Participant;
    await writeFile(tmp.file, serializeProgram({ ...sample, participants: [...sample.participants, { ...first, id: 'P-SOREIDE-ASE', givenName: 'Åse', familyName: 'Søreide', country: 'Denmark' }] }));
    const roster = join(tmp.dir, 'roster.csv');
    await writeFile(roster, 'Given name,Family name,Country\r\nÅse,Søreide,Norway\r\n');
    const result = await run('import-roster', tmp.file, roster);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Åse Søreide \(Norway\) as p-soreide-ase-2/);
  });
});
