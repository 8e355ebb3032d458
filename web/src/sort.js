// Dutch sorting of areas for the list.

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/** Compares two areas by name in Dutch collation (numbers in names compare as numbers), then by code. */
export function compareAreas(a, b) {
  return collator.compare(a.name, b.name) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** A new array of the areas sorted by name. */
export function sortAreas(areas) {
  return [...areas].sort(compareAreas);
}
