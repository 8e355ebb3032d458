// Number, money and value formatting for Dutch (default) and English, with Intl, in the page's
// language (pageLang()).
import { pageLang } from './i18n.js';

const locales = { nl: 'nl-NL', en: 'en-GB' };

function locale() {
  return locales[pageLang()] ?? locales.nl;
}

/** A number in the visitor's language: 10.597 and 7,6 in Dutch; at most `digits` decimals. */
export function formatNumber(value, digits = 1) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value);
}

/** An amount in euros without cents: € 1.134.394 in Dutch. */
export function formatMoney(value) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
}

/** A value with its unit: "7,6" for a rapportcijfer, "12,5 %" for a percentage, "1.234" for a count. */
export function formatValue(value, unit) {
  const number = formatNumber(value, Math.abs(value) >= 1000 ? 0 : 1);
  if (!number) return '';
  if (unit === '%') return `${number} %`;
  if (unit === 'ha' || unit === 'km²' || unit === 'euro' || unit === '€') {
    return unit === 'euro' || unit === '€' ? formatMoney(value) : `${number} ${unit}`;
  }
  return number;
}

/** A signed difference: "+0,4" or "−1,2" (a true minus sign), or "0". */
export function formatDifference(value) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const number = formatNumber(Math.abs(value), 1);
  if (number === '0') return '0';
  return `${value > 0 ? '+' : '−'}${number}`;
}
