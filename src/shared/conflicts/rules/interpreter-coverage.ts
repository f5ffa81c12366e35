/**
 * interpreter-coverage (warning): an interpreted activity (consecutive or simultaneous) where some
 * attending participant needs interpretation into a language that no attending staff member is free
 * to interpret: each needed language needs its own interpreter with an English pair for it
 * (program/languages.ts; one interpreter serves one language at a time). A group's session counts
 * its travelling staff; a split session counts the staff it names.
 */
import { assignInterpreters, interpretationNeed } from '../../program/languages';
import type { Participant, Staff } from '../../program/schema';
import { formatRange, listNames, quote } from '../format';
import { displayName } from '../context';
import { activityFinding, type ActivityRule } from './rule';

export const interpreterCoverage: ActivityRule = {
  id: 'interpreter-coverage',
  severity: 'warning',
  title: 'No interpreter for a language someone needs',
  scope: 'activity',
  check(ctx, record, out) {
    const e = record.entry;
    const a = record.activity;
    if (!e || a.type === 'travel' || a.type === 'hotel-stay' || a.interpretation === 'none') return;
    const needs = new Map<string, string[]>(); // language as first written -> who needs it
    const staff: Staff[] = [];
    for (const id of record.personIds) {
      const person = ctx.persons.get(id)?.person;
      if (!person) continue;
      if ('role' in person) {
        staff.push(person);
        continue;
      }
      const need = interpretationNeed(person as Participant);
      if (!need) continue;
      const language = [...needs.keys()].find((l) => l.toLowerCase() === need.toLowerCase()) ?? need;
      needs.set(language, [...(needs.get(language) ?? []), displayName(person)]);
    }
    if (needs.size === 0) return;
    const { uncovered } = assignInterpreters([...needs.keys()], staff);
    if (uncovered.length === 0) return;
    const day = e.start.slice(0, 10);
    out.push(activityFinding('interpreter-coverage', record, day, () => {
      const missing = uncovered.map((l) => `${l} (for ${listNames(needs.get(l) ?? [])})`);
      return `${quote(a.title)} (${formatRange(e.start, e.end)}) is interpreted, but no interpreter attending is free for ${listNames(missing, 5)}; each language needs its own interpreter.`;
    }));
  },
};
