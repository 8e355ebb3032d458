// What a profile shows as happening in an area: its own opgaven, kredieten and initiatives, those of
// the areas below it ("in Holtenbroek IV") and those of the areas above it that apply here too
// ("voor heel Stadsdeel Noord"); the gemeente's own, city-wide ones apart. Every item once, with
// where it comes from, so a stadsdeel no longer says "geen opgaven" while its wijk has the pilot.
/**
 * Sorts the items of a profile by origin. `own` are the area's items including those of the areas
 * below it (the API's within: true); `above` maps each ancestor ({ code, name, level }) to its own
 * items. Returns { here, cityWide }, each a list of { item, origin } where origin is
 * { kind: 'own' } | { kind: 'below', areas } | { kind: 'above', area }.
 */
export function rollUp(area, ancestors, own, above, areasOf = (item) => item.areas ?? []) {
  const seen = new Set();
  const here = [];
  const cityWide = [];
  for (const item of own) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    const areas = areasOf(item);
    if (!areas.length || areas.some((a) => a.code === area.code)) here.push({ item, origin: { kind: 'own' } });
    else here.push({ item, origin: { kind: 'below', areas } });
  }
  // Nearest ancestor first: a wijk's opgave before its stadsdeel's.
  for (const ancestor of [...ancestors].reverse()) {
    for (const item of above.get(ancestor.code) ?? []) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      (ancestor.level === 'GEMEENTE' ? cityWide : here).push({ item, origin: { kind: 'above', area: ancestor } });
    }
  }
  return { here, cityWide };
}

const KIND_ORDER = ['WIJKSERVICEPUNT', 'WIJKTEAM', 'WIJKCENTRUM', 'WIJKPLATFORM', 'WIJKVERENIGING', 'BEWONERSVERENIGING', 'WIJKKRANT', 'WELZIJN', 'GEMEENTE_AFDELING', 'PARTNER', 'FONDS', 'OVERIG'];

/**
 * Who to reach about an area: the organisations of the area and the areas below it, then those of
 * its stadsdeel and wijk (not the gemeente's city-wide ones); current ones only, each once, the
 * wijkservicepunt and wijkcentrum first.
 */
export function contactsFor(own, ancestors) {
  const byId = new Map();
  for (const o of [
    ...own,
    ...[...ancestors]
      .reverse()
      .filter((a) => a.level !== 'GEMEENTE')
      .flatMap((a) => a.organisations ?? []),
  ]) {
    if (!o.historical && !byId.has(o.id)) byId.set(o.id, o);
  }
  const rank = (o) => (KIND_ORDER.includes(o.kind) ? KIND_ORDER.indexOf(o.kind) : KIND_ORDER.length);
  return [...byId.values()].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'nl'));
}
