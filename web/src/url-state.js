// The view's state as kept in the URL: ?niveau=wijk&gebied=WK019330
import { DEFAULT_LEVEL, levelFromCode, levelFromParam, levelParam, SWITCHABLE_LEVELS } from './levels.js';

const CODE_PATTERN = /^[A-Z0-9_]{2,40}$/;

/** Parses a query string (or URLSearchParams) into { level, area }; bad values fall back to defaults. */
export function parseState(search) {
  const params = search instanceof URLSearchParams ? search : new URLSearchParams(search ?? '');
  const rawArea = (params.get('gebied') ?? '').trim().toUpperCase();
  const area = CODE_PATTERN.test(rawArea) ? rawArea : null;
  let level = levelFromParam(params.get('niveau'));
  if (!level) {
    const codeLevel = area ? levelFromCode(area) : null;
    level = SWITCHABLE_LEVELS.includes(codeLevel) ? codeLevel : DEFAULT_LEVEL;
  }
  return { level, area };
}

/** Serialises the state to a query string with a leading "?" (niveau first, then gebied). */
export function serialiseState({ level, area }) {
  const params = new URLSearchParams();
  params.set('niveau', levelParam(SWITCHABLE_LEVELS.includes(level) ? level : DEFAULT_LEVEL));
  if (area) params.set('gebied', area);
  return `?${params.toString()}`;
}

/** Whether two states describe the same view. */
export function sameState(a, b) {
  return a.level === b.level && (a.area ?? null) === (b.area ?? null);
}
