/**
 * Share with the team / Join a shared program. Sharing needs the sync server's address and a
 * planner's invitation token (`ivlp invite`); the file then records the shared program's address,
 * which teammates paste into Join with their own token. The token is kept in the app's data, never
 * in the program file.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { TeamProgress } from '../../../shared/ipc/contract';
import { getApi } from '../../api';
import { useModal } from '../../ui/use-modal';
import { useAppState, useAppStore } from '../../state/store-context';
import '../../ui/dialog.css';
import { teamSteps } from './team-text';
import './team.css';

type Mode = 'share' | 'join';
type Phase = { step: 'form' } | { step: 'running' } | { step: 'shared'; address: string } | { step: 'failed'; message: string };

export function TeamDialog({ mode: initial, onClose }: { mode: Mode; onClose: () => void }) {
  const store = useAppStore();
  const docId = useAppState((s) => s.doc?.docId ?? null);
  const shared = useAppState((s) => s.program?.shared ?? null);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [mode, setMode] = useState<Mode>(initial);
  const [server, setServer] = useState('ws://');
  const [address, setAddress] = useState('');
  const [token, setToken] = useState('');
  const [phase, setPhase] = useState<Phase>({ step: 'form' });
  const [progress, setProgress] = useState<TeamProgress | null>(null);
  const [startedAt, setStartedAt] = useState(0);
  const [now, setNow] = useState(0);
  useModal(ref);

  // A share or join of thousands of activities takes seconds: main reports each step, and the
  // dialog counts the seconds, so the planner sees it moving.
  const running = phase.step === 'running';
  useEffect(() => {
    if (!running) return;
    const stop = getApi()?.onTeamProgress((next) => setProgress(next));
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      stop?.();
      clearInterval(tick);
    };
  }, [running]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const api = getApi();
    if (!api) return;
    setProgress(null);
    setStartedAt(Date.now());
    setNow(Date.now());
    setPhase({ step: 'running' });
    if (mode === 'share') {
      if (!docId) return;
      const result = await api.shareProgram({ docId, server: server.trim(), token: token.trim() });
      setPhase(result.ok ? { step: 'shared', address: result.value.address } : { step: 'failed', message: result.error.message });
      return;
    }
    const result = await api.joinProgram({ address: address.trim(), token: token.trim() });
    if (!result.ok) return setPhase({ step: 'failed', message: result.error.message });
    if (result.value) store.openSnapshot(result.value);
    onClose();
  };

  return (
    <dialog ref={ref} className="export-dialog team-dialog" aria-labelledby={titleId} onCancel={(e) => (running ? e.preventDefault() : onClose())} data-testid="team-dialog">
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={titleId}>{mode === 'share' ? 'Share with the team' : 'Join a shared program'}</h2>
        <div className="team-modes" role="radiogroup" aria-label="What to do">
          <label>
            <input type="radio" name="team-mode" checked={mode === 'share'} disabled={running || !docId} onChange={() => setMode('share')} /> Share this program
          </label>
          <label>
            <input type="radio" name="team-mode" checked={mode === 'join'} disabled={running} onChange={() => setMode('join')} /> Join a shared program
          </label>
        </div>
        {mode === 'share' && shared && phase.step === 'form' ? (
          <p className="team-note">
            This program is already shared. Teammates join with: <code className="team-address">{shared.address}</code>
          </p>
        ) : null}
        {mode === 'share' && (!shared || running) ? (
          <label className="team-field">
            Sync server
            <input name="server" value={server} onChange={(e) => setServer(e.target.value)} placeholder="ws://192.168.1.20:4711" required disabled={running} spellCheck={false} autoComplete="off" />
          </label>
        ) : null}
        {mode === 'join' ? (
          <label className="team-field">
            Address of the shared program
            <input name="address" value={address} onChange={(e) => setAddress(e.target.value)} placeholder="ws://192.168.1.20:4711/programs/…" required disabled={running} spellCheck={false} autoComplete="off" />
          </label>
        ) : null}
        {mode === 'join' || !shared || running ? (
          <label className="team-field">
            Your invitation token
            <input name="token" type="password" value={token} onChange={(e) => setToken(e.target.value)} placeholder="ivlp_…" required disabled={running} autoComplete="off" />
          </label>
        ) : null}
        {phase.step === 'form' || phase.step === 'failed' ? (
          <p className="team-note">The token is kept on this computer only, never in the program file.{mode === 'join' ? ' You choose where the new program file is saved.' : ''}</p>
        ) : null}
        {running ? (
          <div className="team-progress" role="status" aria-live="polite" data-testid="team-progress">
            <ol>
              {teamSteps(mode, progress).map((line) => (
                <li key={line.step} data-state={line.state}>
                  <span className="team-step-mark" aria-hidden="true">
                    {line.state === 'done' ? '✓' : line.state === 'current' ? '›' : ''}
                  </span>
                  {line.text}
                  {line.state === 'done' ? <span className="visually-hidden"> (done)</span> : null}
                </li>
              ))}
            </ol>
            <p className="team-note">{Math.max(0, Math.round((now - startedAt) / 1000))} s</p>
          </div>
        ) : null}
        {phase.step === 'shared' ? (
          <p className="export-outcome export-done" role="status">
            Shared. Teammates join with: <code className="team-address" data-testid="team-address">{phase.address}</code>
          </p>
        ) : null}
        {phase.step === 'failed' ? (
          <p className="export-outcome export-failed" role="alert">
            {phase.message}
          </p>
        ) : null}
        <div className="export-actions">
          {phase.step === 'shared' || (mode === 'share' && shared && !running) ? (
            <button type="button" onClick={onClose}>
              Close
            </button>
          ) : (
            <>
              <button type="button" onClick={onClose} disabled={running}>
                Cancel
              </button>
              <button type="submit" className="primary" disabled={running}>
                {running ? (mode === 'share' ? 'Sharing…' : 'Joining…') : mode === 'share' ? 'Share' : 'Join…'}
              </button>
            </>
          )}
        </div>
      </form>
    </dialog>
  );
}
