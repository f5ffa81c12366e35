/**
 * Settings…: the app's preferences (AppPreferences: times, colors, updates; they apply at once), the
 * organization directory this app uses (an app setting, kept in the app's data
 * folder, shared by every program) and this program's own settings (kept in the program file:
 * lead time for confirming appointments, time at the airport or station by kind of departure,
 * consecutive interpretation, guests per host family, appointments a day). Saving the program's
 * settings is one edit (undo puts them back).
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { programSettingsSchema, type ProgramSettings } from '../../../shared/program/schema';
import { getApi } from '../../api';
import { useAppState, useAppStore } from '../../state/store-context';
import { useModal } from '../../ui/use-modal';
import '../../ui/dialog.css';
import { setDirectoryState, useDirectory } from '../directory/use-directory';
import { AppPreferences } from './AppPreferences';

type Draft = Record<'confirm' | 'perDay' | 'international' | 'domestic' | 'train' | 'factor' | 'meeting' | 'min' | 'max', string>;

function draftOf(s: ProgramSettings): Draft {
  return {
    confirm: String(s.confirmDaysBefore),
    perDay: String(s.maxAppointmentsPerDay),
    international: String(s.departureBuffers.internationalMinutes),
    domestic: String(s.departureBuffers.domesticMinutes),
    train: String(s.departureBuffers.trainMinutes),
    factor: String(s.interpretation.consecutiveFactor),
    meeting: String(s.interpretation.meetingMinutes),
    min: String(s.homeHospitalityGuests.min),
    max: String(s.homeHospitalityGuests.max),
  };
}

/** A number typed in a field; an empty field is no number. */
const n = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));

function settingsOf(d: Draft): ProgramSettings | string {
  const parsed = programSettingsSchema.safeParse({
    maxAppointmentsPerDay: n(d.perDay),
    confirmDaysBefore: n(d.confirm),
    departureBuffers: { internationalMinutes: n(d.international), domesticMinutes: n(d.domestic), trainMinutes: n(d.train) },
    interpretation: { consecutiveFactor: n(d.factor), meetingMinutes: n(d.meeting) },
    homeHospitalityGuests: { min: n(d.min), max: n(d.max) },
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `${issue?.path.join(' ') ?? 'A value'}: ${issue?.message ?? 'invalid'}`;
  }
  if (parsed.data.homeHospitalityGuests.max < parsed.data.homeHospitalityGuests.min) return 'A host family takes at most fewer guests than the least';
  return parsed.data;
}

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const settings = useAppState((s) => s.program?.settings ?? null);
  const docId = useAppState((s) => s.doc?.docId ?? null);
  const directory = useDirectory();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [draft, setDraft] = useState<Draft | null>(settings ? draftOf(settings) : null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useModal(ref);

  const run = async (action: 'openDirectory' | 'createDirectory') => {
    const result = await getApi()?.[action]();
    if (!result) return;
    if (!result.ok) return setError(result.error.message);
    if (result.value) {
      setDirectoryState(result.value);
      setMessage(action === 'createDirectory' ? `Created ${result.value.info?.fileName ?? 'the directory'}.` : `Using ${result.value.info?.fileName ?? 'the directory'}.`);
    }
  };
  const importPrograms = async (alsoFiles: boolean) => {
    if (!docId) return;
    const result = await getApi()?.importToDirectory({ docId, alsoFiles });
    if (!result) return;
    if (!result.ok) return setError(result.error.message);
    if (!result.value) return;
    const { added, programs } = result.value;
    setMessage(`Imported ${programs === 1 ? 'this program' : `${programs} programs`}: ${added.venues} new places and ${added.hosts} new hosts (the rest were there already).`);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft || !settings) return;
    const next = settingsOf(draft);
    if (typeof next === 'string') return setError(next);
    setError(null);
    if (JSON.stringify(next) === JSON.stringify(settings)) return onClose();
    if (store.edit({ type: 'program/update-info', patch: { settings: next } })) onClose();
  };
  const field = (key: keyof Draft, label: string, hint: string, step = '1') =>
    draft ? (
      <label className="settings-field">
        <span>
          {label} <span className="muted small">{hint}</span>
        </span>
        <input type="number" step={step} min="0" value={draft[key]} data-setting={key} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
      </label>
    ) : null;
  const info = directory?.info;
  return (
    <dialog
      ref={ref}
      className="export-dialog settings-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit}>
        <h2 id={titleId}>Settings</h2>
        <AppPreferences />
        <fieldset>
          <legend>Organization directory (all programs)</legend>
          {info ? (
            <p className="small" data-testid="directory-info">
              <b>{info.name}</b>: {info.fileName} in {info.folder}. {directory?.directory?.venues.length ?? 0} places and hotels, {directory?.directory?.hosts.length ?? 0} hosts.
            </p>
          ) : (
            <p className="small">{directory?.problem ?? 'No directory yet: hosts, venues and hotels your programs share live in one file. Open your organization’s or create one.'}</p>
          )}
          <div className="settings-buttons">
            <button type="button" onClick={() => void run('openDirectory')}>
              Open a directory…
            </button>
            <button type="button" onClick={() => void run('createDirectory')}>
              New directory…
            </button>
            <button type="button" disabled={!info || !docId} onClick={() => void importPrograms(false)}>
              Add this program’s places and hosts
            </button>
            <button type="button" disabled={!info || !docId} onClick={() => void importPrograms(true)}>
              Import other programs…
            </button>
          </div>
          {message ? (
            <p className="small" role="status">
              {message}
            </p>
          ) : null}
        </fieldset>
        {draft ? (
          <fieldset>
            <legend>This program</legend>
            {field('confirm', 'Confirm appointments', 'days before they happen')}
            {field('perDay', 'Appointments a day', 'per group, at most')}
            {field('international', 'At the airport before an international flight', 'minutes')}
            {field('domestic', 'At the airport before a domestic flight', 'minutes')}
            {field('train', 'At the station before a train', 'minutes')}
            {field('factor', 'Consecutive interpretation takes', 'times a meeting', '0.1')}
            {field('meeting', 'A meeting without interpretation', 'minutes')}
            {field('min', 'Guests per host family, at least', '')}
            {field('max', 'Guests per host family, at most', '')}
          </fieldset>
        ) : null}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="export-actions">
          <button type="button" onClick={onClose}>
            Close
          </button>
          {draft ? <button type="submit">Save program settings</button> : null}
        </div>
      </form>
    </dialog>
  );
}
