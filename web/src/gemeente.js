// The gemeente a page is about: named in the URL (atlas, story, embeds; see url-state.js) or, on a
// profile, found among the area's ancestors. Nothing here knows any particular gemeente.

/** The gemeente of an area ({ code, name, … }): itself when it is one, else its GEMEENTE ancestor; null when unknown. */
export function gemeenteOf(area) {
  if (!area) return null;
  if (area.level === 'GEMEENTE') return area;
  return (area.ancestors ?? []).find((a) => a.level === 'GEMEENTE') ?? (area.parent?.level === 'GEMEENTE' ? area.parent : null);
}

/** Whether an area lies in the gemeente `code` (by its ancestors, or is that gemeente). */
export function inGemeente(area, code) {
  if (!area || !code) return false;
  if (area.code === code) return true;
  if ((area.ancestors ?? []).some((a) => a.code === code)) return true;
  return area.parent?.code === code;
}

/** The areas of a list that lie in the gemeente `code`. */
export function areasIn(areas, code) {
  return (areas ?? []).filter((a) => inGemeente(a, code));
}

/** The indicator with only the rows of `areas` (the areas of one gemeente at one level). */
export function valuesFor(indicator, areas) {
  if (!indicator) return indicator;
  const codes = new Set((areas ?? []).map((a) => a.code));
  return { ...indicator, values: (indicator.values ?? []).filter((row) => codes.has(row.area?.code)) };
}

/** The gemeenten of an `areas(level: GEMEENTE)` answer, sorted by name. */
export function gemeentenFrom(data) {
  return (data?.areas?.edges ?? [])
    .map((e) => e?.node)
    .filter(Boolean)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
