/**
 * The label catalogs through intl-messageformat: every catalog formats every key it has with the
 * values the templates pass (plural rules of the language, no key names or empty labels), a key a
 * catalog lacks prints the English, and dates come from Intl in the language.
 */
import { describe, expect, test } from 'vitest';
import { CATALOGS, EN, type LabelKey } from '../../../../../src/main/print/i18n/catalogs';
import { Labels } from '../../../../../src/main/print/i18n/labels';
import { TRANSLATION_LANGUAGES } from '../../../../../src/shared/program/schema';

const VALUES = { date: '22 April 2024', version: 3, page: 2, pages: 6, count: 5, letter: 'A', dress: 'Business attire', time: '14:30 EDT', duration: '3 h' };
const KEYS = Object.keys(EN) as LabelKey[];

describe('label catalogs', () => {
  test.each(TRANSLATION_LANGUAGES)('%s: every key formats to text, never a key name, a placeholder or nothing', (language) => {
    const l = new Labels(language);
    for (const key of KEYS) {
      const text = l.other(key, VALUES) ?? '';
      expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toContain('{');
      expect(text, key).not.toBe(key);
    }
    // The catalog's own keys are all keys of the English one (no typo'd key silently unused).
    for (const key of Object.keys(CATALOGS[language])) expect(KEYS, `${language}: ${key}`).toContain(key);
  });

  test('plurals follow the language: Russian, Arabic, French', () => {
    expect(new Labels('ru').other('nights', { count: 1 })).toBe('1 ночь');
    expect(new Labels('ru').other('nights', { count: 3 })).toBe('3 ночи');
    expect(new Labels('ru').other('nights', { count: 5 })).toBe('5 ночей');
    expect(new Labels('ar').other('nights', { count: 2 })).toBe('ليلتان');
    expect(new Labels('fr').other('nights', { count: 1 })).toBe('1 nuit');
    expect(new Labels(null).en('nights', { count: 1 })).toBe('1 night');
  });

  test('Latin values in a right-to-left sentence are isolated, so "3 h" never reads "h 3"; left-to-right ones are not touched', () => {
    const values = { time: '15:40 GMT+3', duration: '3 h' };
    expect(new Labels('ar').other('checkInAirport', values)).toBe('كن في المطار بحلول \u206815:40 GMT+3\u2069 (قبل \u20683 h\u2069)');
    expect(new Labels('fr').other('checkInAirport', values)).toBe('Soyez à l’aéroport à 15:40 GMT+3 (3 h avant)');
    expect(new Labels('ar').en('checkInAirport', values)).toBe('Be at the airport by 15:40 GMT+3 (3 h before)');
  });

  test('a label the catalog lacks, or cannot format, prints the English', () => {
    const partial = new Labels('fr', { glance: 'Le programme en bref', page: 'Page {page sur {pages}' });
    expect(partial.get('glance')).toEqual({ en: 'Program at a glance', other: 'Le programme en bref' });
    expect(partial.get('hotels')).toEqual({ en: 'Hotels', other: null }); // missing: the English alone, once
    expect(partial.other('hotels')).toBe('Hotels');
    expect(partial.other('page', { page: 1, pages: 6 })).toBe('Page 1 of 6'); // broken message
    expect(new Labels(null).get('hotels')).toEqual({ en: 'Hotels', other: null });
  });

  test('dates in the language, from Intl', () => {
    expect(new Labels('fr').date('2024-04-29', 'long')).toBe('lundi 29 avril');
    expect(new Labels('es').date('2024-04-29', 'long')).toBe('lunes, 29 de abril');
    expect(new Labels('ru').date('2024-04-29', 'long')).toBe('понедельник, 29 апреля');
    expect(new Labels('zh').date('2024-04-29', 'long')).toContain('4月29日');
    expect(new Labels('ar').date('2024-04-29', 'long')).toContain('أبريل');
    expect(new Labels(null).date('2024-04-29')).toBeNull();
  });
});
