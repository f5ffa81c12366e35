import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createChromiumPrinter } from '../../../../src/main/print/chromium-printer';
import { exportItineraryPdfs } from '../../../../src/main/print/export-pdf';
import type { Printer } from '../../../../src/main/print/printer';
import type { ChangesPage } from '../../../../src/main/print/templates/render';
import { applyCommand } from '../../../../src/shared/commands/apply';
import { affectedTravelers, changesSince, describeChange, issueSnapshot } from '../../../../src/shared/issuing/index';
import { participantItinerary } from '../../../../src/shared/itinerary/index';
import type { Program } from '../../../../src/shared/program/schema';
import { addMinutes } from '../../../../src/shared/time';
import { SECRET, sampleWithSecrets, washingtonToPhoenix } from '../../shared/itinerary/fixture';
import { pageToPng, pdfText } from './helpers';

let printer: Printer;
let dir: string;

describe('the "Changes since version N" page', () => {
  beforeAll(async () => {
    printer = await createChromiumPrinter();
    dir = await mkdtemp(join(tmpdir(), 'ivlp-changes-'));
  });
  afterAll(async () => {
    await printer?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('lists the changes in plain words with local times, first in each itinerary of a batch; the split still holds', async () => {
    const base = sampleWithSecrets();
    const v1 = applyCommand(base, { type: 'program/issue', issued: issueSnapshot(base, { issuedAt: '2024-04-22T15:00:00Z', note: '' }) }).program;
    const flight = washingtonToPhoenix(v1);
    if (flight.timing.kind !== 'scheduled') throw new Error('unscheduled');
    const edited: Program = applyCommand(v1, { type: 'activity/move', id: flight.id, start: addMinutes(flight.timing.start, 24 * 60 + 90) }).program;
    const [affected] = affectedTravelers(edited, 1).filter((t) => t.kind === 'participant');
    const untouched = changesSince(edited, 1).find((t) => t.kind === 'participant' && t.changes.length === 0);
    if (!affected || !untouched) throw new Error('expected one affected and one untouched participant');
    const pages = new Map<string, ChangesPage>(changesSince(edited, 1).map((t) => [`${t.kind}:${t.personId}`, { since: 1, lines: t.changes.map(describeChange) }]));
    const files = await exportItineraryPdfs([participantItinerary(edited, affected.personId), participantItinerary(edited, untouched.personId)], {
      printer,
      outDir: dir,
      paper: 'a4',
      issue: { issuedOn: '2024-04-22', version: 2 },
      changes: pages,
    });
    expect(files.map((f) => f.path.endsWith(`itinerary-${affected.personId}.pdf`) || f.path.endsWith(`itinerary-${untouched.personId}.pdf`))).toEqual([true, true]);

    const first = (await pdfText(files[0]?.path as string, { first: 1, last: 1 })).replace(/\s+/g, ' ');
    expect(first).toContain('Changes since version 1');
    expect(first).toContain(`Moved to another day: ${flight.title}`);
    expect(first).toMatch(/was \w{3}, \w{3} \d+, \d\d:\d\d EDT – \w{3}, \w{3} \d+, \d\d:\d\d MST, now/);
    expect(first).toContain('Issued 22 April 2024, version 2');
    expect(first).not.toContain(SECRET);
    const cover = (await pdfText(files[0]?.path as string, { first: 2, last: 2 })).replace(/\s+/g, ' ');
    expect(cover).toContain(affected.name);
    const other = (await pdfText(files[1]?.path as string, { first: 1, last: 2 })).replace(/\s+/g, ' ');
    expect(other).toContain('Nothing in your itinerary has changed.');
    expect(other).toContain(untouched.name);
    expect(other).not.toContain(affected.name);
    await pageToPng(files[0]?.path as string, 1, 'changes-page');
  });
});
