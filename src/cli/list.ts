/**
 * `ivlp list <program> [groups|participants|staff|cities] [--json]`: the ids `ivlp export` takes,
 * with what a planner recognises them by (names in both forms, a group's size, a city's zone).
 * Reads the program exactly as the app does and never writes it.
 */
import { parseArgs } from 'node:util';
import { personNameBoth, STAFF_ROLE_LABELS } from '../shared/program/labels';
import type { Program } from '../shared/program/schema';
import { isStorageError } from '../main/storage/errors';
import { readProgramFile } from '../main/storage/program-file';
import { EXIT_FAIL, EXIT_OK, type CliIo } from './io';
import { LIST_USAGE } from './usage';

const KINDS = ['groups', 'participants', 'staff', 'cities'] as const;
type Kind = (typeof KINDS)[number];

interface Row {
  id: string;
  name: string;
  detail: string;
}

function rows(program: Program, kind: Kind): Row[] {
  switch (kind) {
    case 'groups':
      return program.groups.map((g) => ({ id: g.id, name: g.name, detail: `${g.participantIds.length} participants, ${g.staffIds.length} staff` }));
    case 'participants':
      return program.participants.map((p) => ({ id: p.id, name: personNameBoth(p), detail: p.country }));
    case 'staff':
      return program.staff.map((s) => ({ id: s.id, name: personNameBoth(s), detail: STAFF_ROLE_LABELS[s.role] }));
    case 'cities':
      return program.cities.map((c) => ({ id: c.id, name: c.region ? `${c.name}, ${c.region}` : c.name, detail: c.timeZone }));
  }
}

/** Runs `ivlp list ...` (argv after "list"); returns the exit code. */
export async function runList(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { json: { type: 'boolean' } } });
  } catch (error) {
    io.err(`ivlp list: ${error instanceof Error ? error.message : String(error)}\n\nUsage:\n${LIST_USAGE}`);
    return EXIT_FAIL;
  }
  const [file, which, ...extra] = parsed.positionals;
  if (!file || extra.length) {
    io.err(`ivlp list: ${file ? `unexpected argument "${extra[0]}"` : 'list needs a program file'}\n\nUsage:\n${LIST_USAGE}`);
    return EXIT_FAIL;
  }
  if (which !== undefined && !(KINDS as readonly string[]).includes(which)) {
    io.err(`ivlp list: unknown kind "${which}" (use ${KINDS.join(', ')})\n`);
    return EXIT_FAIL;
  }
  let program: Program;
  try {
    program = (await readProgramFile(file)).program;
  } catch (error) {
    if (!isStorageError(error)) throw error;
    io.err(`ivlp list: ${error.message}\n`);
    return EXIT_FAIL;
  }
  const kinds: readonly Kind[] = which ? [which as Kind] : KINDS;
  if (parsed.values.json) {
    const out = Object.fromEntries(kinds.map((k) => [k, rows(program, k)]));
    io.out(`${JSON.stringify(which ? out[which] : out, null, 2)}\n`);
    return EXIT_OK;
  }
  const lines: string[] = [];
  for (const kind of kinds) {
    const list = rows(program, kind);
    if (kinds.length > 1) lines.push(`${kind} (${list.length}):`);
    const width = Math.max(0, ...list.map((r) => r.id.length));
    for (const r of list) lines.push(`${kinds.length > 1 ? '  ' : ''}${r.id.padEnd(width)}  ${r.name}  (${r.detail})`);
    if (kinds.length > 1) lines.push('');
  }
  io.out(`${lines.join('\n').trimEnd()}\n`);
  return EXIT_OK;
}
