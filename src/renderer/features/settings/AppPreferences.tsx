/**
 * The app's own preferences in the Settings dialog: the time format, light or dark, and how the app
 * updates. Each choice applies at once (main writes settings.json and every window follows), unlike
 * the program's settings below them, which are an edit of the program saved with its button.
 */
import type { Settings } from '../../../shared/settings';
import { useAppState, useAppStore } from '../../state/store-context';
import { clockText, localeHourCycle } from '../../model/clock-format';

type WindowSetting = Exclude<keyof Settings, 'directoryPath'>;
type Choice<K extends WindowSetting> = { value: Settings[K]; label: string; detail?: string };

export function AppPreferences() {
  const store = useAppStore();
  const settings = useAppState((s) => s.settings);
  const system = localeHourCycle() === 'h12' ? '12-hour' : '24-hour';

  const group = <K extends WindowSetting>(key: K, legend: string, choices: readonly Choice<K>[]) => (
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
    <>
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
    </>
  );
}
