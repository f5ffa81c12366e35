/**
 * Interpretation in the People view: per group, the languages its participants need and who of
 * its travelling staff covers them (shared/program/languages.ts: one interpreter, one language at
 * a time, as the interpreter-coverage rule counts).
 */
import { assignInterpreters, interpretationNeed } from '../../shared/program/languages';
import { personName } from '../../shared/program/labels';
import type { Group, Program } from '../../shared/program/schema';

export interface LanguageNeed {
  language: string;
  /** Participants of the group who need it. */
  people: string[];
  /** The staff member the group's interpreted sessions can count on for it, or null. */
  interpreter: string | null;
}

/** The group's needed languages, most needed first, each with who covers it. */
export function groupCoverage(program: Pick<Program, 'participants' | 'staff'>, group: Group): LanguageNeed[] {
  const needs = new Map<string, string[]>();
  for (const p of program.participants) {
    if (!group.participantIds.includes(p.id)) continue;
    const need = interpretationNeed(p);
    if (!need) continue;
    const language = [...needs.keys()].find((l) => l.toLowerCase() === need.toLowerCase()) ?? need;
    needs.set(language, [...(needs.get(language) ?? []), personName(p)]);
  }
  // Interpreters first, then the English Language Officer, as a planner staffs a session.
  const staff = program.staff.filter((s) => group.staffIds.includes(s.id)).sort((a, b) => Number(b.role === 'interpreter') - Number(a.role === 'interpreter'));
  const languages = [...needs.keys()].sort((a, b) => (needs.get(b)?.length ?? 0) - (needs.get(a)?.length ?? 0) || a.localeCompare(b));
  const { assigned } = assignInterpreters(languages, staff);
  return languages.map((language) => {
    const who = assigned.get(language);
    return { language, people: needs.get(language) ?? [], interpreter: who ? personName(who) : null };
  });
}

/** "English–Spanish, English–Portuguese" from pairs, and back (a planner types pairs with a dash). */
export function pairsText(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([a, b]) => `${a}–${b}`).join(', ');
}

export function parsePairs(text: string): { ok: true; pairs: [string, string][] } | { ok: false; error: string } {
  const pairs: [string, string][] = [];
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const sides = part.split(/\s*[-–—]\s*/).filter(Boolean);
    if (sides.length !== 2) return { ok: false, error: `“${part}” is not a pair: write two languages with a dash, e.g. English–French` };
    pairs.push([sides[0] as string, sides[1] as string]);
  }
  return { ok: true, pairs };
}
