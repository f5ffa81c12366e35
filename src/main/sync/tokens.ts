/**
 * Invitation tokens, kept in the user's app data (never in a program file, which planners e-mail
 * and put on shared drives): one per sync server, with the member it names. Mode 0600.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../storage/durable';

const memberSchema = z.strictObject({ id: z.string(), name: z.string(), role: z.enum(['planner', 'partner', 'viewer']), cityId: z.string().nullable() });
const fileSchema = z.strictObject({ format: z.literal(1), servers: z.record(z.string(), z.strictObject({ token: z.string(), member: memberSchema.nullable() })) });

export type TokenEntry = z.infer<typeof fileSchema>['servers'][string];

export class TokenStore {
  readonly file: string;

  constructor(userData: string) {
    this.file = join(userData, 'sync-tokens.json');
  }

  async get(server: string): Promise<TokenEntry | null> {
    return (await this.read())[server] ?? null;
  }

  async set(server: string, entry: TokenEntry): Promise<void> {
    const servers = { ...(await this.read()), [server]: entry };
    await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
    await writeFileDurably(this.file, new TextEncoder().encode(`${JSON.stringify({ format: 1, servers }, null, 2)}\n`), 0o600);
  }

  private async read(): Promise<Record<string, TokenEntry>> {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      return parsed.success ? parsed.data.servers : {};
    } catch {
      return {};
    }
  }
}
