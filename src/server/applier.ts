/**
 * Applies city partners' commands (docs/team-planning.md). A partner never writes the plan: their
 * app appends each edit, as a command, to their own outbox document with the heads of the plan and
 * of their city's hosts it was made on. Here the server reads the program as the partner saw it
 * then, checks the command against the partner's role (shared/sync/roles.ts), applies it, and
 * writes what it changed into the plan and hosts documents AT those heads (Automerge's changeAt):
 * the write is concurrent with whatever others did since, exactly as if the partner had written it
 * themselves, so a planner's concurrent edit of the same field becomes a conflict both see. The
 * outbox entry then says applied, or refused with the reason.
 */
import * as A from '@automerge/automerge';
import { decodeHeads, type DocHandle, type Repo, type UrlHeads } from '@automerge/automerge-repo';
import { ImmutableString } from '@automerge/automerge';
import { applyCommand } from '../shared/commands/apply';
import { commandSchema, type Command } from '../shared/commands/types';
import { CURRENT_SCHEMA_VERSION } from '../shared/program/schema';
import { refusalOf, type Member } from '../shared/sync/roles';
import type { HostsDoc, OutboxDoc, OutboxEntry, PlanDoc } from '../main/sync/docs';
import { ProgramReader } from '../main/sync/read';
import { writeChange } from '../main/sync/write';

export interface OutboxContext {
  repo: Repo;
  outbox: DocHandle<OutboxDoc>;
  plan: DocHandle<PlanDoc>;
  /** The partner's city's hosts document, if the program has one for it. */
  hosts: DocHandle<HostsDoc> | null;
  member: Member;
  programId: string;
}

interface Base {
  plan: UrlHeads;
  hosts: UrlHeads;
}

/** Processes one outbox at a time, entries in the order the partner made them. */
export class OutboxApplier {
  private running: Promise<void> = Promise.resolve();
  private readonly reader = new ProgramReader();

  constructor(private readonly context: OutboxContext) {
    context.outbox.on('change', () => this.schedule());
    this.schedule();
  }

  /** Resolves once every entry seen so far is applied or refused. */
  idle(): Promise<void> {
    return this.running;
  }

  private schedule(): void {
    this.running = this.running.then(() => this.drain()).catch((error: unknown) => console.error('[sync server] an outbox could not be processed', error instanceof Error ? error.name : typeof error));
  }

  private async drain(): Promise<void> {
    const { outbox } = this.context;
    const entries = Object.entries(outbox.doc().commands ?? {}).sort(([, a], [, b]) => a.seq - b.seq);
    // What this partner's earlier commands wrote: a later command builds on them even if its base
    // was taken before they were applied.
    let applied: Base = { plan: [] as unknown as UrlHeads, hosts: [] as unknown as UrlHeads };
    for (const [id, entry] of entries) {
      if (entry.status === 'applied') {
        applied = union(applied, parseBase(String(entry.reason)) ?? applied);
        continue;
      }
      if (entry.status !== 'pending') continue;
      const result = this.apply(entry, applied);
      outbox.change((doc) => {
        const target = doc.commands[id];
        if (!target) return;
        target.status = result.ok ? 'applied' : 'refused';
        // An applied entry keeps what it wrote (the heads after), so later ones build on it.
        target.reason = new ImmutableString(result.ok ? JSON.stringify(result.heads) : result.reason);
      });
      if (result.ok) applied = union(applied, result.heads);
    }
  }

  private apply(entry: OutboxEntry, applied: Base): { ok: true; heads: Base } | { ok: false; reason: string } {
    const { plan, hosts, member, programId } = this.context;
    let command: Command;
    let base: Base;
    try {
      const parsed = commandSchema.safeParse(JSON.parse(String(entry.command)));
      if (!parsed.success) return { ok: false, reason: 'The change could not be read (it was made by an incompatible version of IVLP Planner).' };
      command = parsed.data;
      base = parseBase(String(entry.base)) ?? { plan: [] as unknown as UrlHeads, hosts: [] as unknown as UrlHeads };
    } catch {
      return { ok: false, reason: 'The change could not be read.' };
    }
    const planDoc = plan.doc();
    const hostsDoc = hosts?.doc() ?? null;
    // No base (an outbox written by hand): the program as it is now.
    const known = union(base, applied);
    const at: Base = { plan: known.plan.length ? known.plan : plan.heads(), hosts: known.hosts.length || !hosts ? known.hosts : hosts.heads() };
    if (!hasHeads(planDoc, at.plan) || (hostsDoc && !hasHeads(hostsDoc, at.hosts))) {
      return { ok: false, reason: 'The change was made on a version of the program this server does not have; sync again and redo it.' };
    }
    const planAt = A.view(planDoc, decodeHeads(at.plan));
    const hostsAt = hostsDoc && at.hosts.length ? A.view(hostsDoc, decodeHeads(at.hosts)) : hostsDoc;
    const cityId = member.cityId ?? '';
    const view = this.reader.read(
      { plan: planAt, private: null, hosts: new Map(hostsAt ? [[cityId, hostsAt]] : []) },
      { id: programId, schemaVersion: CURRENT_SCHEMA_VERSION, shared: null },
    ).program;
    const refusal = refusalOf(member, command, view);
    if (refusal) return { ok: false, reason: refusal };
    let after;
    try {
      after = applyCommand(view, command).program;
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
    const message = JSON.stringify({ by: member.name });
    let planHeads = at.plan;
    let hostsHeads = at.hosts;
    writeChange(view, after, {
      plan: (mutate) => {
        planHeads = plan.changeAt(at.plan, mutate as A.ChangeFn<PlanDoc>, { message }) ?? planHeads;
      },
      private: null,
      hosts: (city) =>
        city === cityId && hosts
          ? (mutate) => {
              hostsHeads = hosts.changeAt(at.hosts, mutate as A.ChangeFn<HostsDoc>, { message }) ?? hostsHeads;
            }
          : null,
    });
    return { ok: true, heads: { plan: planHeads, hosts: hostsHeads } };
  }
}

const asHeads = (v: unknown) => (Array.isArray(v) && v.every((h) => typeof h === 'string') ? (v as unknown as UrlHeads) : null);
const mergeHeads = (x: UrlHeads, y: UrlHeads) => [...new Set([...x, ...y])] as unknown as UrlHeads;

function parseBase(text: string): Base | null {
  try {
    const value = JSON.parse(text) as { plan?: unknown; hosts?: unknown };
    const plan = asHeads(value.plan);
    const hosts = asHeads(value.hosts);
    return plan && hosts ? { plan, hosts } : null;
  } catch {
    return null;
  }
}

function union(a: Base, b: Base): Base {
  return { plan: mergeHeads(a.plan, b.plan), hosts: mergeHeads(a.hosts, b.hosts) };
}

function hasHeads(doc: A.Doc<unknown>, heads: UrlHeads): boolean {
  if (!heads.length) return true;
  try {
    return A.hasHeads(doc, decodeHeads(heads));
  } catch {
    return false;
  }
}
