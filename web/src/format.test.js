import { afterEach, describe, expect, test } from 'vitest';
import { formatDifference, formatMoney, formatNumber, formatValue } from './format.js';
import { setPageLang } from './i18n.js';

// Each test sets the page language it draws in; the next one starts from the default, Dutch.
afterEach(() => setPageLang('nl'));

// Intl puts a (narrow) no-break space in some formats; compare with plain spaces.
const plain = (s) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('Dutch number and money formatting', () => {
  test('uses a decimal comma and thousands dots', () => {
    expect(formatNumber(10597)).toBe('10.597');
    expect(formatNumber(7.6)).toBe('7,6');
    setPageLang('nl');
    expect(formatNumber(1234567.891, 2)).toBe('1.234.567,89');
  });
  test('English uses a decimal point', () => {
    setPageLang('en');
    expect(formatNumber(10597)).toBe('10,597');
    expect(formatNumber(7.6)).toBe('7.6');
  });
  test('formats euros the Dutch way', () => {
    expect(plain(formatMoney(1134394))).toBe('€ 1.134.394');
    expect(plain(formatMoney(0))).toBe('€ 0');
    setPageLang('en');
    expect(plain(formatMoney(1134394))).toBe('€1,134,394');
  });
  test('missing values are empty, never 0', () => {
    expect(formatNumber(null)).toBe('');
    expect(formatNumber(undefined)).toBe('');
    expect(formatMoney(null)).toBe('');
    expect(formatValue(null, '%')).toBe('');
  });
  test('adds the unit where it reads naturally', () => {
    expect(formatValue(12.5, '%')).toBe('12,5 %');
    expect(formatValue(7.6, 'rapportcijfer 1-10')).toBe('7,6');
    expect(formatValue(12345.6, 'aantal')).toBe('12.346');
  });
  test('signs a difference with a true minus', () => {
    expect(formatDifference(0.44)).toBe('+0,4');
    expect(formatDifference(-1.2)).toBe('−1,2');
    expect(formatDifference(0)).toBe('0');
  });
});
