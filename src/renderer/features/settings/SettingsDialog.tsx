/**
 * Settings…: the time format, light or dark, and how the app updates. Each choice applies at once
 * (main writes it and every window follows); Close or Escape leaves.
 */
import { useId, useRef } from 'react';
import type { Settings } from '../../../shared/settings';
import { useAppState, useAppStore } from '../../state/store-context';
import { clockText, localeHourCycle } from '../../model/clock-format';
import { useModal } from '../../ui/use-modal';
import '../../ui/dialog.css';

type Choice<K extends keyof Settings> = { value: Settings[K]; label: string; detail?: string };

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useModal(ref);
  const store = useAppStore();
  const settings = useAppState((s) => s.settings);
  const titleId = useId();
  const system = localeHourCycle() === 'h12' ? '12-hour' : '24-hour';

  const group = <K extends keyof Settings>(key: K, legend: string, choices: readonly Choice<K>[]) => (
    <fieldset>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={String(choice.value)} className="export-choice settings-choice">
          <input
            type="radio"
            name={key}
            value={String(choice.value)}
            checked={settings[key] === choice.value}
            onChange={() => void store.updateSettings({ [key]: choice.value })}
          />
          <span>
            {choice.label}
            {choice.detail ? <span className="muted small settings-detail"> {choice.detail}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );

  return (
    <dialog
      ref={ref}
      className="export-dialog settings-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>Settings</h2>
      {group('timeFormat', 'Times', [
        { value: 'system', label: `As this computer (${system})` },
        { value: '24h', label: `24-hour (${clockText(14, 30, 'h23')})` },
        { value: '12h', label: `12-hour (${clockText(14, 30, 'h12')})` },
      ])}
      {group('theme', 'Colors', [
        { value: 'system', label: 'As this computer' },
        { value: 'light', label: 'Light' },
        { value: 'dark', label: 'Dark' },
      ])}
      {group('updates', 'Updates', [
        { value: 'none', label: 'Never look for updates', detail: '(your IT department installs them)' },
        { value: 'manual', label: 'Only when I ask', detail: '(Help › Check for Updates…)' },
        { value: 'automatic', label: 'Automatically', detail: '(download in the background, install on quit)' },
      ])}
      <div className="export-actions">
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
