/**
 * The members of a sync server and their invitation tokens, in DATA/members.json. A token is shown
 * once, when it is made (`ivlp invite`); the file keeps only its SHA-256, so the file leaking does
 * not let anyone in. Revoking keeps the record (names stay in the history) and stops the token at
 * once: the server re-reads this file when it changes and closes the member's connections.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../shared/errors';
import type { Member, Role } from '../shared/sync/roles';
import { writeFileDurably } from '../main/storage/durable';

const memberSchema = z.strictObject({
  id: z.string().regex(/^m-[0-9a-f]{12}$/),
  name: z.string().min(1).max(200),
  role: z.enum(['planner', 'partner', 'viewer']),
  cityId: z.string().min(1).max(64).nullable(),
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.iso.datetime({ offset: true }),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
});
const fileSchema = z.strictObject({ format: z.literal(1), members: z.array(memberSchema) });

export type MemberRecord = z.infer<typeof memberSchema>;

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export class MemberStore {
  readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'members.json');
  }

  /** Every member ever invited (revoked ones too). A missing file is an empty server. */
  async list(): Promise<MemberRecord[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return [];
      throw error;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new AppError('LOAD_FAILED', `${this.file} is damaged (not JSON); restore it from a backup, or move it away and invite everyone again.`);
    }
    const checked = fileSchema.safeParse(parsed);
    if (!checked.success) throw new AppError('LOAD_FAILED', `${this.file} is damaged (${checked.error.issues[0]?.message ?? 'invalid'}); restore it from a backup.`);
    return checked.data.members;
  }

  /** Invites a member: returns their record and the token, which is never stored or shown again. */
  async invite(request: { role: Role; cityId: string | null; name: string }, now: Date): Promise<{ member: MemberRecord; token: string }> {
    if (request.role === 'partner' && !request.cityId) throw new AppError('BAD_ARGUMENTS', 'A city partner needs the id of their city (--city CITY_ID; `ivlp list FILE cities` shows the ids).');
    if (request.role !== 'partner' && request.cityId) throw new AppError('BAD_ARGUMENTS', 'Only a city partner is invited for one city; planners and viewers see every city.');
    const members = await this.list();
    const name = request.name.trim() || `${request.role}${request.cityId ? ` (${request.cityId})` : ''}`;
    if (members.some((m) => m.revokedAt === null && m.name.toLowerCase() === name.toLowerCase())) {
      throw new AppError('DUPLICATE_ID', `A member named “${name}” already has an invitation; give this one another name (--name), or revoke theirs first.`);
    }
    const token = `ivlp_${randomBytes(32).toString('base64url')}`;
    const member: MemberRecord = {
      id: `m-${randomBytes(6).toString('hex')}`,
      name,
      role: request.role,
      cityId: request.cityId,
      tokenHash: hashToken(token),
      createdAt: now.toISOString(),
      revokedAt: null,
    };
    await this.save([...members, member]);
    return { member, token };
  }

  /** Revokes by token or by name; returns the members revoked. */
  async revoke(tokenOrName: string, now: Date): Promise<MemberRecord[]> {
    const members = await this.list();
    const byToken = hashToken(tokenOrName);
    const matches = members.filter((m) => m.revokedAt === null && (m.tokenHash === byToken || m.name.toLowerCase() === tokenOrName.trim().toLowerCase()));
    if (!matches.length) throw new AppError('NOT_FOUND', `No member with that token or name has a valid invitation (${members.filter((m) => m.revokedAt === null).map((m) => m.name).join(', ') || 'nobody is invited'}).`);
    const ids = new Set(matches.map((m) => m.id));
    const at = now.toISOString();
    await this.save(members.map((m) => (ids.has(m.id) ? { ...m, revokedAt: at } : m)));
    return matches.map((m) => ({ ...m, revokedAt: at }));
  }

  /** The member a token belongs to, unless it is unknown or revoked. Compared in constant time. */
  async byToken(token: string): Promise<Member | null> {
    const wanted = Buffer.from(hashToken(token), 'hex');
    for (const m of await this.list()) {
      if (m.revokedAt === null && timingSafeEqual(Buffer.from(m.tokenHash, 'hex'), wanted)) return { id: m.id, name: m.name, role: m.role, cityId: m.cityId };
    }
    return null;
  }

  private async save(members: MemberRecord[]): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
    await writeFileDurably(this.file, new TextEncoder().encode(`${JSON.stringify({ format: 1, members }, null, 2)}\n`), 0o600);
  }
}
