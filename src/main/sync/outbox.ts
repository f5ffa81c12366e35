/**
 * A city partner's outbox: the commands they made, each with the heads of the program it was made
 * on, in the order they made them. The server applies or refuses each and writes the answer back
 * (src/server/applier.ts); the partner's copy reads the answers here.
 */
import { randomBytes } from 'node:crypto';
import { ImmutableString } from '@automerge/automerge';
import type { DocHandle, UrlHeads } from '@automerge/automerge-repo';
import { commandSchema, type Command } from '../../shared/commands/types';
import type { OutboxDoc } from './docs';

export interface OutboxNotice {
  id: string;
  command: Command;
  status: 'pending' | 'applied' | 'refused';
  reason: string;
}

/** Where the program stood when the partner made the command: the plan's heads and their city's hosts'. */
export interface OutboxBase {
  plan: UrlHeads;
  hosts: UrlHeads | readonly string[];
}

/** Appends a command after every command already in the outbox. */
export function appendCommand(outbox: DocHandle<OutboxDoc>, command: Command, base: OutboxBase, message: string): void {
  const seq = Math.max(0, ...readOutbox(outbox.doc()).map((entry) => entry.seq)) + 1;
  const id = `c-${randomBytes(6).toString('hex')}`;
  outbox.change(
    (doc) => {
      doc.commands[id] = {
        command: new ImmutableString(JSON.stringify(command)),
        base: new ImmutableString(JSON.stringify(base)),
        at: new ImmutableString(new Date().toISOString()),
        seq,
        status: 'pending',
        reason: new ImmutableString(''),
      };
    },
    { message },
  );
}

/** The commands in the order they were made, with what the server did with each; unreadable ones are left out. */
export function readOutbox(doc: OutboxDoc | undefined): (OutboxNotice & { seq: number })[] {
  return Object.entries(doc?.commands ?? {})
    .flatMap(([id, entry]) => {
      const parsed = commandSchema.safeParse(JSON.parse(String(entry.command)));
      return parsed.success ? [{ id, command: parsed.data, status: entry.status, reason: entry.status === 'refused' ? String(entry.reason) : '', seq: entry.seq }] : [];
    })
    .sort((a, b) => a.seq - b.seq);
}
