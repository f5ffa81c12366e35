import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../../../src/shared/program/schema';
import { infoFields, MERGE_ORDER } from '../../../../src/shared/sync/merge-command';
import { buildTmssw2024Sample } from '../../../../src/cli/sample/index';

describe('MERGE_ORDER', () => {
  // A collection missing here would be shared as one program-level value: every entity in one
  // document, whatever PRIVATE_FIELDS says about its fields (the host families' phones once were).
  it('names every collection of the schema, once', () => {
    expect([...MERGE_ORDER].sort()).toEqual([...COLLECTIONS].sort());
  });

  it('leaves no collection among the program-level fields a merge compares', () => {
    const fields = infoFields(buildTmssw2024Sample());
    expect(fields.filter((field) => (COLLECTIONS as readonly string[]).includes(field))).toEqual([]);
    expect(fields).toContain('title');
  });
});
