/**
 * Languages and interpreters. Meetings in the United States are held in English; a participant
 * whose `interpretation` names another language needs an interpreter who works between English and
 * it (a staff member's `languagePairs`). In consecutive interpretation one interpreter serves one
 * language at a time, so a meeting with Spanish and Portuguese speakers needs two: matching needed
 * languages to distinct interpreters is what `assignInterpreters` does.
 */
import type { Participant, Staff } from './schema';

/** The language meetings are held in. */
export const WORKING_LANGUAGE = 'English';

function key(language: string): string {
  return language.trim().toLowerCase();
}

/** Whether two language names name the same language ("french" and "French "). */
export function sameLanguage(a: string, b: string): boolean {
  return key(a) === key(b);
}

/** The language a participant needs interpretation into, or null (none, or English). */
export function interpretationNeed(participant: Pick<Participant, 'interpretation'>): string | null {
  const need = participant.interpretation?.trim() ?? '';
  return need === '' || sameLanguage(need, WORKING_LANGUAGE) ? null : need;
}

/** Whether a staff member interprets between `a` and `b` (either direction). */
export function interpretsBetween(staff: Pick<Staff, 'languagePairs'>, a: string, b: string): boolean {
  return staff.languagePairs.some(([x, y]) => (sameLanguage(x, a) && sameLanguage(y, b)) || (sameLanguage(x, b) && sameLanguage(y, a)));
}

/** Whether a staff member can interpret a meeting held in the working language into `language`. */
export function interpretsFor(staff: Pick<Staff, 'languagePairs'>, language: string): boolean {
  return interpretsBetween(staff, WORKING_LANGUAGE, language);
}

/** Whether two lists of languages share one. */
export function shareLanguage(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => sameLanguage(x, y)));
}

/**
 * Gives each needed language its own interpreter, as many as possible (a maximum bipartite
 * matching by augmenting paths; a handful of languages and staff, so this is instant). Returns who
 * covers what and the languages left without anyone.
 */
export function assignInterpreters<S extends Pick<Staff, 'id' | 'languagePairs'>>(
  languages: readonly string[],
  staff: readonly S[],
): { assigned: Map<string, S>; uncovered: string[] } {
  const candidates = languages.map((language) => staff.filter((s) => interpretsFor(s, language)));
  const holder = new Map<string, number>(); // staff id -> index of the language they serve
  const tryAssign = (i: number, seen: Set<string>): boolean => {
    for (const s of candidates[i] ?? []) {
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      const current = holder.get(s.id);
      if (current === undefined || tryAssign(current, seen)) {
        holder.set(s.id, i);
        return true;
      }
    }
    return false;
  };
  languages.forEach((_, i) => tryAssign(i, new Set()));
  const assigned = new Map<string, S>();
  for (const [id, i] of holder) assigned.set(languages[i] as string, staff.find((s) => s.id === id) as S);
  return { assigned, uncovered: languages.filter((language) => !assigned.has(language)) };
}
