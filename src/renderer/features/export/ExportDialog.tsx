/**
 * Export…: what to export (every participant, every staff member, one traveler, a group, a staff
 * member, a city's partner packet or all of them, the meal host sheets, the program book), as PDF
 * itineraries (in English, or side by side with another language) or iCalendar files, on which paper. Main asks for the folder and writes
 * the files; this dialog shows main's progress with a Cancel, then how many files went where.
 * A native modal <dialog>: focus stays inside, Escape closes it (or cancels a running export).
 */
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { ExportSelection } from '../../../shared/ipc/contract';
import type { TranslationLanguage } from '../../../shared/program/schema';
import { partnerCityIds, personName } from '../../../shared/itinerary/index';
import { useModal } from '../../ui/use-modal';
import { useAppState, useAppStore } from '../../state/store-context';
import { doneMessage, phaseText, progressFraction, type ExportFormat } from './export-model';
import '../../ui/dialog.css';

type Kind = ExportSelection['kind'];
type Picked = 'participant' | 'group' | 'staff' | 'partner';
/** Second languages an itinerary can print in (catalogs in main's print/i18n). */
const LANGUAGES: readonly { code: TranslationLanguage; label: string }[] = [
  { code: 'ar', label: 'Arabic (العربية)' },
  { code: 'zh', label: 'Chinese (中文)' },
  { code: 'fr', label: 'French (Français)' },
  { code: 'pt', label: 'Portuguese (Português)' },
  { code: 'ru', label: 'Russian (Русский)' },
  { code: 'es', label: 'Spanish (Español)' },
];
/** Selections that are not itineraries: no iCalendar (packets, sheets), no second language (and the book). */
const PDF_ONLY: ReadonlySet<Kind> = new Set(['partner', 'all-partners', 'meals']);
type Paper = 'letter' | 'a4';
type Phase = { step: 'form' } | { step: 'running' } | { step: 'done'; message: string } | { step: 'failed'; message: string };

interface Option {
  id: string;
  label: string;
}

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const program = useAppState((s) => s.program);
  const progress = useAppState((s) => s.exportProgress);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [kind, setKind] = useState<Kind>('all-participants');
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [paper, setPaper] = useState<Paper>('letter');
  const [phase, setPhase] = useState<Phase>({ step: 'form' });
  const lastVersion = program?.issues.at(-1)?.version ?? null;
  const [withChanges, setWithChanges] = useState(false);
  const [language, setLanguage] = useState<TranslationLanguage | ''>('');

  const options = useMemo(
    () => ({
      participant: (program?.participants ?? []).map((p) => ({ id: p.id, label: personName(p) })).sort(byLabel),
      group: (program?.groups ?? []).map((g) => ({ id: g.id, label: g.name })).sort(byLabel),
      staff: (program?.staff ?? []).map((s) => ({ id: s.id, label: personName(s) })).sort(byLabel),
      // Only cities where some group spends time have a partner (not the home countries of late arrivals).
      partner: (program ? partnerCityIds(program) : [])
        .map((id) => program?.cities.find((c) => c.id === id))
        .filter((c) => c !== undefined)
        .map((c) => ({ id: c.id, label: c.region ? `${c.name}, ${c.region}` : c.name }))
        .sort(byLabel),
    }),
    [program],
  );
  const [picked, setPicked] = useState<Record<Picked, string>>(() => ({
    participant: options.participant[0]?.id ?? '',
    group: options.group[0]?.id ?? '',
    staff: options.staff[0]?.id ?? '',
    partner: options.partner[0]?.id ?? '',
  }));

  // Focus goes back where it was (the toolbar button) when the dialog goes away.
  useModal(ref);

  const running = phase.step === 'running';
  let selection: ExportSelection | null;
  if (kind === 'participant' || kind === 'group' || kind === 'staff' || kind === 'partner') selection = picked[kind] ? { kind, id: picked[kind] } : null;
  else if (kind === 'affected-travelers') selection = lastVersion === null ? null : { kind, sinceVersion: lastVersion };
  else selection = { kind };
  // A "Changes since" page belongs in a traveler's itinerary: not a group's, not the book.
  const changesPageApplies = format === 'pdf' && lastVersion !== null && kind !== 'group' && kind !== 'book' && !PDF_ONLY.has(kind);
  const languageApplies = format === 'pdf' && kind !== 'book' && !PDF_ONLY.has(kind);
  const icsApplies = !PDF_ONLY.has(kind);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!selection || running) return;
    setPhase({ step: 'running' });
    const changesSinceVersion = changesPageApplies && withChanges && lastVersion !== null ? lastVersion : undefined;
    const second = languageApplies && language !== '' ? language : undefined;
    const pdf = format === 'pdf' || !icsApplies;
    const result = await store.exportFiles(pdf ? { format: 'pdf', selection, paper, ...(changesSinceVersion ? { changesSinceVersion } : {}), ...(second ? { language: second } : {}) } : { format, selection });
    if (!result.ok) {
      const message = result.error.code === 'CANCELLED' ? 'Export cancelled; no file was written.' : result.error.message;
      setPhase({ step: 'failed', message });
    } else if (result.value === null) {
      setPhase({ step: 'form' }); // the folder dialog was cancelled
    } else {
      setPhase({ step: 'done', message: doneMessage(result.value.files, result.value.folderName, pdf ? 'pdf' : format, selection) });
    }
  };

  const close = () => {
    if (running) store.cancelExport();
    else onClose();
  };

  const choice = (value: Kind, label: string, count?: number) => (
    <label className="export-choice">
      <input type="radio" name="export-kind" value={value} checked={kind === value} disabled={running} onChange={() => setKind(value)} />
      {label}
      {count !== undefined ? <span className="muted"> ({count})</span> : null}
    </label>
  );

  const picker = (which: Picked, label: string, noun: string) => (
    <div className="export-picker-row">
      {choice(which, label)}
      <select
        aria-label={`Which ${noun}`}
        value={picked[which]}
        disabled={running || options[which].length === 0}
        onChange={(e) => {
          setPicked({ ...picked, [which]: e.target.value });
          setKind(which);
        }}
      >
        {options[which].length === 0 ? <option value="">None in this program</option> : null}
        {options[which].map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <dialog
      ref={ref}
      className="export-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: stop a running export rather than hide it; otherwise close.
        event.preventDefault();
        close();
      }}
    >
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={titleId}>Export</h2>
        <fieldset disabled={running}>
          <legend>What to export</legend>
          {choice('all-participants', 'All participants', options.participant.length)}
          {choice('all-staff', 'All staff (interpreters, escorts, officers)', options.staff.length)}
          {lastVersion !== null ? choice('affected-travelers', `Travelers affected since version ${lastVersion}`) : null}
          {picker('participant', 'One participant', 'participant')}
          {picker('group', 'A group', 'group')}
          {picker('staff', 'A staff member', 'staff member')}
          {choice('book', 'The program book')}
        </fieldset>
        <fieldset disabled={running}>
          <legend>For local partners and hosts</legend>
          {picker('partner', 'One city’s packet', 'city')}
          {choice('all-partners', 'Every city’s partner packet')}
          {choice('meals', 'Meal host sheets (one per city)')}
        </fieldset>
        <fieldset disabled={running}>
          <legend>Format</legend>
          <label className="export-choice">
            <input type="radio" name="export-format" value="pdf" checked={format === 'pdf' || !icsApplies} onChange={() => setFormat('pdf')} />
            PDF itineraries
          </label>
          <label className="export-choice">
            <input type="radio" name="export-format" value="ics" checked={format === 'ics' && icsApplies} disabled={!icsApplies} onChange={() => setFormat('ics')} />
            iCalendar (.ics) for phones and calendar apps
          </label>
          <label className="export-paper">
            Paper size
            <select value={paper} disabled={format !== 'pdf' && icsApplies} onChange={(e) => setPaper(e.target.value === 'a4' ? 'a4' : 'letter')}>
              <option value="letter">US Letter</option>
              <option value="a4">A4</option>
            </select>
          </label>
          <label className="export-paper">
            Also in
            <select aria-label="Second language" value={languageApplies ? language : ''} disabled={!languageApplies} onChange={(e) => setLanguage(e.target.value as TranslationLanguage | '')}>
              <option value="">English only</option>
              {LANGUAGES.map((x) => (
                <option key={x.code} value={x.code}>
                  English and {x.label}
                </option>
              ))}
            </select>
          </label>
          {lastVersion !== null ? (
            <label className="export-choice">
              <input type="checkbox" checked={withChanges && changesPageApplies} disabled={!changesPageApplies} onChange={(e) => setWithChanges(e.target.checked)} />
              Start with a “Changes since version {lastVersion}” page
            </label>
          ) : null}
        </fieldset>

        {running ? (
          <div className="export-progress">
            <progress aria-label="Export progress" max={1} value={progressFraction(progress, format) ?? undefined} />
            <p className="small muted" aria-live="polite">
              {phaseText(progress, format)}
            </p>
          </div>
        ) : null}
        {phase.step === 'done' ? (
          <p className="export-outcome export-done" role="status">
            {phase.message}
          </p>
        ) : null}
        {phase.step === 'failed' ? (
          <p className="export-outcome export-failed" role="alert">
            {phase.message}
          </p>
        ) : null}

        <div className="export-actions">
          {running ? (
            <button type="button" onClick={() => store.cancelExport()}>
              Cancel export
            </button>
          ) : (
            <>
              <button type="button" onClick={onClose}>
                {phase.step === 'done' ? 'Close' : 'Cancel'}
              </button>
              <button type="submit" className="primary" disabled={!selection}>
                Export…
              </button>
            </>
          )}
        </div>
      </form>
    </dialog>
  );
}
