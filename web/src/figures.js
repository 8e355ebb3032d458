// What a figure says about itself besides its value: "weinig respondenten" (reliability
// FEW_RESPONDENTS), "berekend" (a derivation by the Wijkatlas, source kind DERIVED, never a published
// figure), and the indicator's label in the page's language. Every field is optional: a server
// without them gives plain figures.
import { h } from './dom.js';
import { levelWord, pageLang, t } from './i18n.js';

/** Whether a figure rests on few respondents. */
export function isFewRespondents(row) {
  return row?.reliability === 'FEW_RESPONDENTS';
}

/** Whether a figure was computed by the Wijkatlas rather than published. */
export function isDerived(row) {
  return Boolean(row?.derivation) || row?.source?.kind === 'DERIVED';
}

/** The indicator's label in the page's language: labelEn in English when the server has it. */
export function indicatorLabel(indicator) {
  if (!indicator) return '';
  return pageLang() === 'en' && indicator.labelEn ? indicator.labelEn : indicator.label;
}

const THEMES_EN = {
  bevolking: 'Population',
  leefbaarheid: 'Liveability',
  voorzieningen: 'Amenities',
  veiligheid: 'Safety',
  participatie: 'Participation',
  wonen: 'Housing',
  huishoudens: 'Households',
  'sociale cohesie': 'Social cohesion',
  'inkomen en armoede': 'Income and poverty',
  'werk en economie': 'Work and economy',
  'gezondheid en welzijn': 'Health and well-being',
  mobiliteit: 'Mobility',
  ruimte: 'Space',
  onderzoek: 'Research',
};

/** An indicator theme ("inkomen en armoede") as a heading in the page's language: "Inkomen en armoede", "Income and poverty". */
export function themeLabel(theme) {
  const text = String(theme ?? '—');
  const shown = pageLang() === 'en' ? (THEMES_EN[text] ?? text) : text;
  return shown.charAt(0).toUpperCase() + shown.slice(1);
}

/**
 * How a derived figure was computed, in the page's language: the server's (Dutch) description in
 * Dutch; in English one built from the method, count and level, so no Dutch shows on an English page.
 */
export function derivationText(derivation) {
  if (!derivation) return t('derivedNote', { description: '' }).replace(/:\s*$/, '.');
  const built = t(`derivedMethod${derivation.method}`, {
    count: derivation.inputCount,
    level: levelWord(derivation.inputLevel, derivation.inputCount !== 1).toLowerCase(),
  });
  const description = pageLang() === 'nl' && derivation.description ? derivation.description : `${built}.`;
  return t('derivedNote', { description });
}

/** The note on a few-respondents figure: the server's (Dutch) note in Dutch, ours in English. */
export function fewRespondentsText(row) {
  return pageLang() === 'nl' && row?.reliabilityNote ? row.reliabilityNote : t('fewRespondentsNote');
}

/** The notes of a figure as plain text, for tooltips and live text: " (weinig respondenten)". */
export function figureSuffix(row) {
  const words = [];
  if (isFewRespondents(row)) words.push(t('fewRespondents'));
  if (isDerived(row)) words.push(t('derived'));
  return words.length ? ` (${words.join(', ')})` : '';
}

/**
 * The notes of a figure as elements beside its value: a "weinig respondenten" label and a
 * "berekend" disclosure whose summary opens the description (keyboard and touch alike).
 */
export function figureBadges(row) {
  const badges = [];
  if (isFewRespondents(row)) {
    badges.push(h('span', { class: 'figure-badge figure-badge--few', title: fewRespondentsText(row) }, t('fewRespondents')));
  }
  if (isDerived(row)) {
    badges.push(h('details', { class: 'figure-badge figure-badge--derived' }, h('summary', {}, t('derived')), h('span', { class: 'figure-badge__note' }, derivationText(row.derivation))));
  }
  return badges.length ? h('span', { class: 'figure-badges' }, ...badges) : null;
}
