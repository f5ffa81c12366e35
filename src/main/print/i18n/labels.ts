/**
 * Labels for bilingual documents. Each label is formatted from its ICU MessageFormat catalog entry
 * by intl-messageformat (plural rules and number formats of the language, no string
 * concatenation); a label the catalog lacks, or cannot format, falls back to the English, so a
 * printed page never shows an empty field or a key. Dates come from Intl in the language itself.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { TranslationLanguage } from '../../../shared/program/schema';
import { CATALOGS, EN, type Catalog, type LabelKey } from './catalogs';

export type { LabelKey } from './catalogs';

type Values = Record<string, string | number>;

/** The BCP 47 tag each language prints with (Chinese: simplified script). */
export const LANGUAGE_TAGS: Readonly<Record<TranslationLanguage, string>> = { ar: 'ar', zh: 'zh-Hans', fr: 'fr', pt: 'pt', ru: 'ru', es: 'es' };

/** Each language's own name, for the cover and the export dialog. */
export const LANGUAGE_NAMES: Readonly<Record<TranslationLanguage, { english: string; own: string }>> = {
  ar: { english: 'Arabic', own: 'العربية' },
  zh: { english: 'Chinese', own: '中文' },
  fr: { english: 'French', own: 'Français' },
  pt: { english: 'Portuguese', own: 'Português' },
  ru: { english: 'Russian', own: 'Русский' },
  es: { english: 'Spanish', own: 'Español' },
};

/** Right-to-left languages. */
export function isRtl(language: TranslationLanguage): boolean {
  return language === 'ar';
}

/** One label in English and, when bilingual, in the other language (null when it says the same). */
export interface Label {
  en: string;
  other: string | null;
}

const compiled = new Map<string, IntlMessageFormat>();

/**
 * Text values set apart from the sentence around them (FSI ... PDI), so a Latin value in an Arabic
 * sentence keeps its own order: "3 h" stays "3 h", never "h 3". Numbers are left alone for the
 * message's plural rules.
 */
function isolated(values: Values | undefined): Values | undefined {
  if (!values) return values;
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? `\u2068${v}\u2069` : v]));
}

function format(tag: string, source: string, values: Values | undefined): string {
  const key = `${tag}\u0000${source}`;
  let message = compiled.get(key);
  if (!message) {
    message = new IntlMessageFormat(source, tag);
    compiled.set(key, message);
  }
  return String(message.format(values));
}

/** The labels of one document: English, or English beside `language`. */
export class Labels {
  readonly language: TranslationLanguage | null;
  readonly tag: string | null;
  private readonly catalog: Catalog;

  /** `catalog` replaces the language's own (tests check the fallback with a partial one). */
  constructor(language: TranslationLanguage | null, catalog?: Catalog) {
    this.language = language;
    this.tag = language ? LANGUAGE_TAGS[language] : null;
    this.catalog = catalog ?? (language ? CATALOGS[language] : {});
  }

  /** The English label. */
  en(key: LabelKey, values?: Values): string {
    return format('en', EN[key], values);
  }

  /** The label in the other language; its English when the catalog lacks it or cannot format it. */
  other(key: LabelKey, values?: Values): string | null {
    if (!this.tag) return null;
    const source = this.catalog[key];
    if (source === undefined || source.trim() === '') return this.en(key, values);
    try {
      return format(this.tag, source, this.language && isRtl(this.language) ? isolated(values) : values);
    } catch {
      return this.en(key, values);
    }
  }

  /** Both forms; `other` is null for an English-only document or where the translation reads the same. */
  get(key: LabelKey, values?: Values): Label {
    const en = this.en(key, values);
    const other = this.other(key, values);
    return { en, other: other === null || other === en ? null : other };
  }

  /** A local date in the other language ("lundi 29 avril"), or null for English only. */
  date(date: string, style: 'long' | 'short' = 'long'): string | null {
    if (!this.tag) return null;
    const d = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
    const options: Intl.DateTimeFormatOptions =
      style === 'long' ? { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric' } : { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric' };
    return new Intl.DateTimeFormat(this.tag, options).format(d);
  }
}
