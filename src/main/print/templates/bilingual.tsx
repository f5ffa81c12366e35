/**
 * Labels and program texts side by side: the English first, then the other language (its own
 * `lang` and direction, isolated so Arabic cannot reorder the English around it). A translated
 * title or note prints beside the English where the planner entered one; otherwise the English
 * alone prints (never an empty field).
 */
import type { DayEntry } from '../../../shared/itinerary/types';
import { isRtl, type Labels, type LabelKey } from '../i18n/labels';

type Values = Record<string, string | number>;

/** The other-language half of a pair, or nothing. */
export function Other({ l, text, block = false }: { l: Labels; text: string | null; block?: boolean }) {
  if (!text || !l.language || !l.tag) return null;
  const dir = isRtl(l.language) ? 'rtl' : 'ltr';
  if (block) {
    return (
      <div className="tr" lang={l.tag} dir={dir}>
        {text}
      </div>
    );
  }
  return (
    <>
      <span className="sep"> / </span>
      <span className="tr" lang={l.tag} dir={dir}>
        {text}
      </span>
    </>
  );
}

/** A fixed label, in English and (when bilingual) the other language. */
export function L({ l, k, values }: { l: Labels; k: LabelKey; values?: Values }) {
  const label = l.get(k, values);
  return (
    <>
      {label.en}
      <Other l={l} text={label.other} />
    </>
  );
}

/** The translation of an entry's title or notes into the document's other language, or null. */
export function translated(l: Labels, e: DayEntry, field: 'title' | 'notes'): string | null {
  if (!l.language) return null;
  const t = e.translations.find((x) => x.language === l.language);
  const text = t?.[field].trim() ?? '';
  return text === '' ? null : text;
}

/** A local date as "Mon, Apr 29" (or long), with the other language's own form beside it. */
export function DateLabel({ l, date, en, form }: { l: Labels; date: string; en: string; form: 'long' | 'short' }) {
  return (
    <>
      {en}
      <Other l={l} text={l.date(date, form)} />
    </>
  );
}
