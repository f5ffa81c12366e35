/**
 * The activity's title and traveler notes in another language, for itineraries printed side by
 * side with English. Pick a language, type; each field commits on blur (or Enter for the title) as
 * ONE `activity/update` command (setTranslation in model/activity-edit.ts). An empty field prints
 * the English, so a translation can be entered for the title alone.
 */
import { useState } from 'react';
import { TRANSLATION_LANGUAGES, type Activity, type Program, type TranslationLanguage } from '../../../shared/program/schema';
import { setTranslation } from '../../model/activity-edit';
import { useAppStore } from '../../state/store-context';

const NAMES: Readonly<Record<TranslationLanguage, string>> = { ar: 'Arabic', zh: 'Chinese', fr: 'French', pt: 'Portuguese', ru: 'Russian', es: 'Spanish' };

export function TranslationsEditor({ activity, program }: { activity: Activity; program: Program }) {
  const store = useAppStore();
  const [language, setLanguage] = useState<TranslationLanguage>(activity.translations[0]?.language ?? 'fr');
  const [error, setError] = useState<string | null>(null);
  const current = activity.translations.find((t) => t.language === language) ?? { title: '', notes: '' };
  const commit = (field: 'title' | 'notes', raw: string) => {
    if (raw === current[field]) return;
    const result = setTranslation(activity, language, field, raw, program);
    if (!result.ok) return setError(result.error);
    setError(null);
    store.edit({ type: 'activity/update', activity: result.activity });
  };
  const done = new Set(activity.translations.map((t) => t.language));
  const dir = language === 'ar' ? 'rtl' : 'auto';
  return (
    <fieldset className="translations" aria-label="Translations">
      <legend>Translations (bilingual itineraries)</legend>
      <label className="field">
        <span>Language</span>
        <select value={language} onChange={(e) => setLanguage(e.target.value as TranslationLanguage)} data-testid="translation-language">
          {TRANSLATION_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {NAMES[code]}
              {done.has(code) ? ' ✓' : ''}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Heading in {NAMES[language]}</span>
        <input
          key={`t:${language}:${current.title}`}
          defaultValue={current.title}
          dir={dir}
          lang={language}
          placeholder={activity.title}
          data-testid="translation-title"
          onBlur={(e) => commit('title', e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit('title', e.currentTarget.value);
            }
          }}
        />
      </label>
      <label className="field">
        <span>Notes for travelers in {NAMES[language]}</span>
        <textarea key={`n:${language}:${current.notes}`} defaultValue={current.notes} dir={dir} lang={language} rows={3} data-testid="translation-notes" onBlur={(e) => commit('notes', e.target.value)} />
      </label>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
