/**
 * The mojibake check of the roster plan: its Windows-1252 table is iconv-lite's (the decoder the
 * roster reader uses), it finds UTF-8 read as Windows-1252 or Latin-1 and says what was meant, and
 * it leaves real names alone, including capitals with accents before punctuation or a no-break space.
 */
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { garbledProblem, repairedMojibake, WINDOWS_1252_HIGH } from '../../../../src/shared/roster/garbled';

describe('garbled roster text', () => {
  test('the table of bytes 0x80-0x9F is the one iconv-lite decodes with', () => {
    const bytes = Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i));
    expect(WINDOWS_1252_HIGH).toBe(iconv.decode(bytes, 'windows1252'));
  });

  test.each(['José', 'Søreide', 'Žužul', 'Müller’s', 'Œuvre “Ça”', 'Ђорђе Петровић', 'محمد', '李小龍', 'Straße 😀'])('UTF-8 of %s read as Windows-1252 or Latin-1 is found and repaired', (name) => {
    const bytes = Buffer.from(name, 'utf8');
    expect(garbledProblem(bytes.toString('latin1'))).toContain(`probably "${name}"`);
    expect(repairedMojibake(bytes.toString('latin1'))).toBe(name);
    // Bytes Windows-1252 leaves undefined (in “”, 李) are lost in its reading: found, not spelled back.
    const cp1252 = iconv.decode(bytes, 'windows1252');
    const lost = cp1252.includes('\uFFFD');
    expect(garbledProblem(cp1252)).toMatch(lost ? /^(looks garbled: UTF-8 text read as Windows-1252 \(does|has a character the file’s encoding does not define)/ : new RegExp(`probably "${name}"`));
    if (!lost) expect(repairedMojibake(cp1252)).toBe(name);
  });

  test.each(['JOSÉ MARÍA', 'JOSÉ\u00a0MARÍA', 'ÉLODIE', 'SØREIDE-ÅSE', 'Ça va', 'Dvořák', 'Ñuñoa', 'O’Brien', 'L’ÉCOLE', 'Đorđe', 'Žužul', 'ÆSIR', 'Ö.'])('a real name is not flagged: %s', (name) => {
    expect(garbledProblem(name)).toBeNull();
  });
});
