package nl.wijkatlas.geodata.indicator;

/**
 * A row of table {@code indicator}.
 *
 * @param code e.g. {@code AantalInwoners_5}
 * @param label what it is called
 * @param unit its unit, e.g. {@code aantal}, {@code %}, {@code categorie}
 * @param theme its theme, or null
 * @param higherIsBetter whether a higher value is better; null when it has no direction
 * @param description what it measures, or null
 * @param sourceId its source
 * @param valueKind NUMBER or CATEGORY
 * @param labelEn its English label, or null
 * @param aggregation SUM or WEIGHTED_MEAN when it may be derived for a parent area, or
 * null
 * @param weightIndicator the indicator that weighs a WEIGHTED_MEAN, or null
 */
record IndicatorRecord(String code, String label, String unit, String theme, Boolean higherIsBetter, String description,
		String sourceId, String valueKind, String labelEn, String aggregation, String weightIndicator) {

}
