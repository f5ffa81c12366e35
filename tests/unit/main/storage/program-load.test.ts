import { readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProgram } from '../../../../src/shared/program/load';
import { CURRENT_SCHEMA_VERSION } from '../../../../src/shared/program/schema';
import type { StorageErrorCode } from '../../../../src/main/storage/errors';
import { readProgramFile } from '../../../../src/main/storage/program-file';
import { ProgramFileStore } from '../../../../src/main/storage/program-file-store';
import { sampleProgram } from './fixture-program';
import { expectBytes, expectStorageError, listFolder, tempFolder } from './helpers';

const valid = serializeProgram(sampleProgram());

interface Case {
  name: string;
  bytes: Buffer;
  code: StorageErrorCode;
  loadCode?: string;
  mentions: RegExp;
}

const cases: Case[] = [
  // The loader recognizes a cut-off file from V8's message, which only says "end of input" when the cut
  // falls inside a value; a cut between tokens reads as plain invalid JSON (see the report).
  { name: 'truncated file (cut inside a string)', bytes: Buffer.from(valid.slice(0, valid.indexOf('Maritime'))), code: 'LOAD_FAILED', loadCode: 'NOT_JSON', mentions: /cut off before its end/ },
  { name: 'truncated file (cut between tokens)', bytes: Buffer.from(valid.slice(0, valid.indexOf('"cities"'))), code: 'LOAD_FAILED', loadCode: 'NOT_JSON', mentions: /not valid JSON|cut off/ },
  { name: 'empty file', bytes: Buffer.alloc(0), code: 'LOAD_FAILED', loadCode: 'EMPTY', mentions: /empty/ },
  { name: 'only whitespace', bytes: Buffer.from('  \n\t\n'), code: 'LOAD_FAILED', loadCode: 'EMPTY', mentions: /empty/ },
  { name: '`null`', bytes: Buffer.from('null'), code: 'LOAD_FAILED', loadCode: 'NOT_A_PROGRAM', mentions: /holds null/ },
  { name: 'a list', bytes: Buffer.from('[{"schemaVersion":1}]'), code: 'LOAD_FAILED', loadCode: 'NOT_A_PROGRAM', mentions: /holds a list/ },
  { name: 'a number', bytes: Buffer.from('42'), code: 'LOAD_FAILED', loadCode: 'NOT_A_PROGRAM', mentions: /holds a number/ },
  { name: 'no schemaVersion', bytes: Buffer.from('{"title":"x"}'), code: 'LOAD_FAILED', loadCode: 'NOT_A_PROGRAM', mentions: /no schemaVersion/ },
  {
    name: 'wrong shape (activities is an object)',
    bytes: Buffer.from(JSON.stringify({ ...JSON.parse(valid), activities: {} }, null, 2)),
    code: 'LOAD_FAILED',
    loadCode: 'INVALID',
    mentions: /activities/,
  },
  {
    name: 'unknown key',
    bytes: Buffer.from(valid.replace('"title": ', '"titel": "typo",\n  "title": ')),
    code: 'LOAD_FAILED',
    loadCode: 'INVALID',
    mentions: /titel/,
  },
  {
    name: 'broken reference',
    bytes: Buffer.from(valid.replace('"cityId": "dc"', '"cityId": "atlantis"')),
    code: 'LOAD_FAILED',
    loadCode: 'INVALID',
    mentions: /no city with id "atlantis"/,
  },
  {
    name: 'invalid UTF-8 (a Windows-1252 é)',
    bytes: Buffer.concat([Buffer.from(valid.slice(0, 40)), Buffer.from([0xe9]), Buffer.from(valid.slice(40))]),
    code: 'NOT_UTF8',
    mentions: /byte 0xE9 at offset 40 is not valid UTF-8/,
  },
  { name: 'UTF-16 text', bytes: Buffer.from(`\uFEFF${valid}`, 'utf16le'), code: 'NOT_UTF8', mentions: /byte 0xFF at offset 0/ },
  { name: 'schemaVersion older than any known', bytes: Buffer.from(valid.replace(`"schemaVersion": ${CURRENT_SCHEMA_VERSION}`, '"schemaVersion": 0')), code: 'LOAD_FAILED', loadCode: 'UNSUPPORTED_VERSION', mentions: /older than any/ },
  { name: 'schemaVersion not a whole number', bytes: Buffer.from(valid.replace(`"schemaVersion": ${CURRENT_SCHEMA_VERSION}`, '"schemaVersion": "1"')), code: 'LOAD_FAILED', loadCode: 'NOT_A_PROGRAM', mentions: /whole number/ },
];

describe('a file that fails to load is a typed error naming the problem and is never written', () => {
  for (const c of cases) {
    it(c.name, async () => {
      // A case whose edit no longer matches the sample (the file's layout moved) would test a valid file.
      expect(c.bytes.toString('utf8')).not.toBe(valid);
      const folder = await tempFolder();
      const path = join(folder, 'broken.ivlp.json');
      await writeFile(path, c.bytes);
      const error = await expectStorageError(readProgramFile(path), c.code);
      expect(error.message).toContain('broken.ivlp.json');
      expect(error.message).toMatch(c.mentions);
      if (c.loadCode) expect(error.loadError?.code).toBe(c.loadCode);
      // Through the store (lowdb) as well: open must throw, never fall back to defaults and write them.
      await expectStorageError(ProgramFileStore.open(path), c.code);
      await expectBytes(path, c.bytes);
      expect(await listFolder(folder)).toEqual(['broken.ivlp.json']);
    });
  }

  it('mentions the backup when there is one', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'broken.ivlp.json');
    await writeFile(path, '{"schemaVersion": 1, "id": ');
    await writeFile(`${path}.bak`, valid);
    const error = await expectStorageError(readProgramFile(path), 'LOAD_FAILED');
    expect(error.message).toContain('broken.ivlp.json.bak');
  });

  it('a missing file is NOT_FOUND, a folder is NOT_FOUND', async () => {
    const folder = await tempFolder();
    const missing = await expectStorageError(readProgramFile(join(folder, 'nope.ivlp.json')), 'NOT_FOUND');
    expect(missing.message).toContain('nope.ivlp.json');
    await expectStorageError(readProgramFile(folder), 'NOT_FOUND');
  });

  it('a file over the size cap is TOO_LARGE without being read (sparse 201 MB file)', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'huge.ivlp.json');
    await writeFile(path, '');
    await truncate(path, 201 * 1024 * 1024);
    const error = await expectStorageError(readProgramFile(path), 'TOO_LARGE');
    expect(error.message).toMatch(/huge\.ivlp\.json is 201\.0 MB/);
  });
});

describe('files that do load', () => {
  it('accepts and strips a UTF-8 byte-order mark; the hash is of the bytes on disk', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'bom.ivlp.json');
    await writeFile(path, `\uFEFF${valid}`);
    const opened = await readProgramFile(path);
    expect(opened.text).toBe(valid);
    expect(opened.program).toEqual(sampleProgram());
    const store = await ProgramFileStore.open(path);
    await store.save({ ...store.program, title: 'Saved without BOM' });
    const saved = await readFile(path);
    expect(saved[0]).toBe(0x7b); // '{': the canonical file has no BOM
  });

  it('a file from a newer app (future schemaVersion) opens read-only and is never written', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'future.ivlp.json');
    const bytes = Buffer.from(valid.replace(`"schemaVersion": ${CURRENT_SCHEMA_VERSION}`, '"schemaVersion": 7'));
    await writeFile(path, bytes);
    const opened = await readProgramFile(path);
    expect(opened.fileVersion).toBe(7);
    expect(opened.readOnlyReason).toMatch(/newer IVLP Planner \(schema version 7/);

    const store = await ProgramFileStore.open(path);
    expect(store.readOnlyReason).toBe(opened.readOnlyReason);
    const error = await expectStorageError(store.save({ ...store.program, title: 'Edited' }), 'READ_ONLY');
    expect(error.message).toContain('future.ivlp.json');
    expect(store.program.title).toBe(sampleProgram().title);
    await expectBytes(path, bytes);
    expect(await listFolder(folder)).toEqual(['future.ivlp.json']);
  });

  it('a file from a newer app that no longer reads as our version fails with FUTURE_VERSION', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'future.ivlp.json');
    await writeFile(path, valid.replace(`"schemaVersion": ${CURRENT_SCHEMA_VERSION}`, `"schemaVersion": ${CURRENT_SCHEMA_VERSION + 1},\n  "newThing": true`));
    const error = await expectStorageError(readProgramFile(path), 'LOAD_FAILED');
    expect(error.loadError?.code).toBe('FUTURE_VERSION');
  });
});
