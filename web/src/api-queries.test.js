import { describe, expect, test } from 'vitest';
import { capabilitiesFrom, figureFields, indicatorsQuery, NO_CAPABILITIES, profileQuery, seriesQuery, valuesQuery } from './api-queries.js';

const type = (...names) => ({ fields: names.map((name) => ({ name })) });

describe('optional figure fields', () => {
  test('reads from the schema which newer fields the server has', () => {
    expect(capabilitiesFrom({ value: type('value', 'reliability', 'reliabilityNote', 'derivation', 'peers'), indicator: type('label', 'labelEn'), area: type('code', 'indicatorSeries') })).toEqual({
      reliability: true,
      derivation: true,
      labelEn: true,
      series: true,
      peers: true,
    });
    expect(capabilitiesFrom({ value: type('value'), indicator: null })).toEqual(NO_CAPABILITIES);
    expect(capabilitiesFrom(undefined)).toEqual(NO_CAPABILITIES);
  });
  test('asks for them only when the server has them', () => {
    for (const query of [valuesQuery(), profileQuery(), indicatorsQuery()]) {
      expect(query).not.toMatch(/reliability|derivation|labelEn|peers/);
    }
    const all = { reliability: true, derivation: true, labelEn: true, series: true, peers: true };
    expect(valuesQuery(all)).toMatch(/reliability reliabilityNote derivation \{ method description inputCount inputLevel \}/);
    expect(profileQuery(all)).toMatch(/labelEn/);
    expect(profileQuery(all)).toMatch(/peers \{ level count median rank \}/);
    expect(indicatorsQuery(all)).toMatch(/label labelEn/);
    expect(seriesQuery(all)).toMatch(/indicatorSeries\(codes: \$codes\)/);
    expect(figureFields({ ...NO_CAPABILITIES, reliability: true })).toBe('reliability reliabilityNote');
  });
});
