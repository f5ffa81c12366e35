/**
 * Which documents on this server make up which shared program, and what each one is: the server's
 * map for deciding access (a partner may read the plan of a program, its own city's hosts and its
 * own outbox, nothing else). Learned from the root documents planners share, kept in
 * DATA/programs.json so a restarted server knows them before any planner reconnects.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../main/storage/durable';

const entrySchema = z.strictObject({
  plan: z.string(),
  private: z.string(),
  hosts: z.record(z.string(), z.string()),
  outboxes: z.record(z.string(), z.string()),
});
const fileSchema = z.strictObject({ format: z.literal(1), programs: z.record(z.string(), entrySchema) });

export type ProgramEntry = z.infer<typeof entrySchema>;

export type DocKind =
  | { kind: 'root'; rootId: string }
  | { kind: 'plan'; rootId: string }
  | { kind: 'private'; rootId: string }
  | { kind: 'hosts'; rootId: string; cityId: string }
  | { kind: 'outbox'; rootId: string; memberId: string };

export class ProgramIndex {
  private programs: Record<string, ProgramEntry> = {};
  private byDoc = new Map<string, DocKind>();
  private readonly file: string;
  private saving: Promise<void> = Promise.resolve();

  constructor(dataDir: string) {
    this.file = join(dataDir, 'programs.json');
  }

  async load(): Promise<void> {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      if (parsed.success) this.programs = parsed.data.programs;
    } catch (error) {
      // A missing index is a new server; a damaged one is rebuilt from the root documents as planners reconnect.
      if ((error as { code?: string }).code !== 'ENOENT') this.programs = {};
    }
    this.rebuild();
  }

  roots(): string[] {
    return Object.keys(this.programs);
  }

  entry(rootId: string): ProgramEntry | undefined {
    return this.programs[rootId];
  }

  /** What a document is, or undefined for one no known program names. */
  kindOf(documentId: string): DocKind | undefined {
    return this.byDoc.get(documentId);
  }

  /** Records (or updates) a program's documents; saved durably. */
  async put(rootId: string, entry: ProgramEntry): Promise<void> {
    if (JSON.stringify(this.programs[rootId]) === JSON.stringify(entry)) return;
    this.programs = { ...this.programs, [rootId]: entry };
    this.rebuild();
    const text = `${JSON.stringify({ format: 1, programs: this.programs }, null, 2)}\n`;
    this.saving = this.saving.then(() => writeFileDurably(this.file, new TextEncoder().encode(text), 0o600));
    await this.saving;
  }

  private rebuild(): void {
    const byDoc = new Map<string, DocKind>();
    for (const [rootId, entry] of Object.entries(this.programs)) {
      byDoc.set(rootId, { kind: 'root', rootId });
      byDoc.set(entry.plan, { kind: 'plan', rootId });
      byDoc.set(entry.private, { kind: 'private', rootId });
      for (const [cityId, id] of Object.entries(entry.hosts)) byDoc.set(id, { kind: 'hosts', rootId, cityId });
      for (const [memberId, id] of Object.entries(entry.outboxes)) byDoc.set(id, { kind: 'outbox', rootId, memberId });
    }
    this.byDoc = byDoc;
  }
}
