// The area levels of the hierarchy, with their Dutch labels and URL names.
import { levelWord, pageLang } from './i18n.js';

/** The levels a visitor can switch between on the map, in order. */
export const SWITCHABLE_LEVELS = ['STADSDEEL', 'WIJK', 'BUURT'];

export const DEFAULT_LEVEL = 'WIJK';

/** The levels of the CBS hierarchy, from the gemeente down (a gebied is free-form, outside it). */
export const HIERARCHY = ['GEMEENTE', 'STADSDEEL', 'WIJK', 'BUURT'];

const LEVELS = {
  GEMEENTE: { label: 'Gemeente', plural: 'Gemeenten', param: 'gemeente' },
  STADSDEEL: { label: 'Stadsdeel', plural: 'Stadsdelen', param: 'stadsdeel' },
  WIJK: { label: 'Wijk', plural: 'Wijken', param: 'wijk' },
  BUURT: { label: 'Buurt', plural: 'Buurten', param: 'buurt' },
  GEBIED: { label: 'Gebied', plural: 'Gebieden', param: 'gebied' },
};

/** The Dutch label of a level ("Wijk"), or the level itself when unknown. */
export function levelLabel(level) {
  return LEVELS[level]?.label ?? String(level ?? '');
}

/** The Dutch plural of a level ("Wijken"). */
export function levelPlural(level) {
  return LEVELS[level]?.plural ?? String(level ?? '');
}

/** The name of a level in the URL ("wijk"). */
export function levelParam(level) {
  return LEVELS[level]?.param;
}

/** The level for a URL name ("wijk" gives WIJK), or null when it is not a switchable level. */
export function levelFromParam(param) {
  if (typeof param !== 'string') return null;
  const wanted = param.trim().toLowerCase();
  return SWITCHABLE_LEVELS.find((level) => LEVELS[level].param === wanted) ?? null;
}

/** The level an area code belongs to, judged by its prefix (CBS codes and local SD codes). */
export function levelFromCode(code) {
  if (/^SD\d{4}_/.test(code)) return 'STADSDEEL';
  if (/^WK\d{6}$/.test(code)) return 'WIJK';
  if (/^BU\d{8}$/.test(code)) return 'BUURT';
  if (/^GM\d{4}$/.test(code)) return 'GEMEENTE';
  return null;
}

/** The area's name with its level in front ("Stadsdeel Noord"), unless the name already says it ("Wijk 30 Holtenbroek"). */
export function areaTitle(area) {
  const label = pageLang() === 'nl' ? levelLabel(area.level) : levelWord(area.level);
  const name = String(area.name ?? '');
  if (!label || name.toLowerCase().startsWith(label.toLowerCase())) return name;
  return `${label} ${name}`;
}
