/**
 * What the PDF batch needs to know about issued versions: the footer's "issued <date>, version N"
 * and the "Changes since version N" pages. Shared by the app's export and `ivlp export`.
 */
import { changesSince, describeChange } from '../../shared/issuing/index';
import type { Program } from '../../shared/program/schema';
import type { ChangesPage, IssueInfo } from './templates/render';

/** YYYY-MM-DD of `date` in the machine's zone: the "issued" date a planner expects to see. */
export function localIsoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Another version or date for the footer than the last issued one (`ivlp export --version N --issued DATE`). */
export interface IssueOverride {
  issuedOn?: string | null;
  version?: number | null;
}

/**
 * The footer's "issued <date>, version N": the last issued version; null (a DRAFT) before the first
 * issue. An override replaces either; a version given without a date is dated today, and a date
 * given before any issue goes with version 1.
 */
export function issueInfo(program: Program, now: Date, override: IssueOverride = {}): IssueInfo | null {
  const last = program.issues.at(-1);
  if (!last && override.version == null && override.issuedOn == null) return null;
  const held = last ? { issuedOn: localIsoDate(new Date(last.issuedAt)), version: last.version } : { issuedOn: localIsoDate(now), version: 1 };
  return {
    issuedOn: override.issuedOn ?? (override.version == null ? held.issuedOn : localIsoDate(now)),
    version: override.version ?? held.version,
  };
}

/** "Changes since version N" pages for every traveler, keyed as the PDF renderer expects. */
export function changesPages(program: Program, since: number): Map<string, ChangesPage> {
  return new Map(changesSince(program, since).map((t) => [`${t.kind}:${t.personId}`, { since, lines: t.changes.map(describeChange) }]));
}
