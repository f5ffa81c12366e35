/**
 * The bytes of a program file: exactly serializeProgram's text as UTF-8, built without serializing
 * and encoding the whole program on every save. Stringifying and encoding a 20,000-activity program
 * costs ~150 ms (its text is two-byte as soon as one name has an accent, and Node 20 encodes
 * two-byte strings slowly), yet an edit changes one entity. Each remembered entity (validated and
 * deeply frozen, so it cannot change) keeps its encoded JSON here, keyed by identity; a save encodes
 * only the entities it has not seen and copies the rest.
 * Encoding thousands of entities one by one is slower than encoding the program once, so a save
 * that finds many entities it has not seen (the first save after an open) serializes the whole
 * program as before and keeps each entity's bytes as a view into that one buffer.
 */
import { Buffer } from 'node:buffer';
import { isRememberedEntity, serializeProgram } from '../../shared/program/load';
import type { Program } from '../../shared/program/schema';

// serializeProgram is JSON.stringify(program, null, 2) + '\n': a list member starts at an indent of
// four spaces and each of its inner lines is four spaces deeper than in its own stringification.
const MEMBER_INDENT = '    ';
const SEPARATOR = Buffer.from(',\n');
// Inner lines of a member are indented six spaces or more and JSON strings hold no raw newline, so
// in the file's text a newline and exactly four spaces before `}` can only end a list member.
const MEMBER_START = Buffer.from(`${MEMBER_INDENT}{\n`);
const MEMBER_END = Buffer.from(`\n${MEMBER_INDENT}}`);
const LIST_END = Buffer.from('\n  ]');
/** Above this many members without bytes, one whole serialization is cheaper than one each. */
const WHOLE_SERIALIZATION_FROM = 256;

/** The encoded text of a list member as it appears in the file (indent included, no separator). */
const memberBytes = new WeakMap<object, Buffer>();

/**
 * serializeProgram(program) as UTF-8 bytes. Lists whose members are all remembered entities reuse
 * their cached bytes; anything else is stringified here as JSON.stringify would.
 */
export function programBytes(program: Program): Buffer {
  if (unseenMembers(program) >= WHOLE_SERIALIZATION_FROM) {
    const bytes = Buffer.from(serializeProgram(program), 'utf8');
    keepMemberBytes(program, bytes);
    return bytes;
  }
  const pieces: Buffer[] = [];
  let text = '{';
  let members = 0;
  for (const [key, value] of Object.entries(program)) {
    // JSON.stringify leaves out members whose value has no JSON form.
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    text += `${members++ ? ',' : ''}\n  ${JSON.stringify(key)}: `;
    if (!Array.isArray(value) || value.length === 0 || !value.every((item) => isRememberedEntity(key, item))) {
      text += indent(JSON.stringify(value, null, 2), '  ');
      continue;
    }
    pieces.push(Buffer.from(`${text}[\n`, 'utf8'));
    text = '';
    for (let i = 0; i < value.length; i++) {
      if (i) pieces.push(SEPARATOR);
      pieces.push(cachedMember(value[i] as object));
    }
    text = '\n  ]';
  }
  text += members ? '\n}\n' : '}\n';
  pieces.push(Buffer.from(text, 'utf8'));
  return Buffer.concat(pieces);
}

/** The lists whose members can all be cached (all remembered entities), with their keys. */
function cacheableLists(program: Program): [string, object[]][] {
  const lists: [string, object[]][] = [];
  for (const [key, value] of Object.entries(program)) {
    if (Array.isArray(value) && value.length > 0 && value.every((item) => isRememberedEntity(key, item))) lists.push([key, value as object[]]);
  }
  return lists;
}

function unseenMembers(program: Program): number {
  let unseen = 0;
  for (const [, members] of cacheableLists(program)) for (const member of members) if (!memberBytes.has(member)) unseen++;
  return unseen;
}

/**
 * Finds each cacheable list's members in `bytes` (serializeProgram's text of `program`) and keeps
 * their bytes as views. Anything not laid out as expected stops it: caching is only a shortcut.
 */
function keepMemberBytes(program: Program, bytes: Buffer): void {
  let at = 0;
  for (const [key, members] of cacheableLists(program)) {
    const opening = Buffer.from(`\n  ${JSON.stringify(key)}: [\n`, 'utf8');
    const listAt = bytes.indexOf(opening, at);
    if (listAt < 0) return;
    at = listAt + opening.length;
    const found: [object, Buffer][] = [];
    for (let i = 0; i < members.length; i++) {
      if (!bytes.subarray(at, at + MEMBER_START.length).equals(MEMBER_START)) return;
      const end = bytes.indexOf(MEMBER_END, at);
      if (end < 0) return;
      const stop = end + MEMBER_END.length;
      const next = i < members.length - 1 ? SEPARATOR : LIST_END;
      if (!bytes.subarray(stop, stop + next.length).equals(next)) return;
      found.push([members[i] as object, bytes.subarray(at, stop)]);
      at = stop + (i < members.length - 1 ? SEPARATOR.length : 0);
    }
    for (const [member, view] of found) memberBytes.set(member, view);
  }
}

function cachedMember(entity: object): Buffer {
  let bytes = memberBytes.get(entity);
  if (!bytes) {
    bytes = Buffer.from(MEMBER_INDENT + indent(JSON.stringify(entity, null, 2), MEMBER_INDENT), 'utf8');
    memberBytes.set(entity, bytes);
  }
  return bytes;
}

/** JSON text re-indented to sit `by` deeper (JSON strings hold no raw newline, so every one is structure). */
function indent(json: string, by: string): string {
  return json.replaceAll('\n', `\n${by}`);
}
