package nl.wijkatlas.geodata.indicator.read;

/**
 * A declared indicator, from an indicator definitions file: what the figures do not say
 * themselves (theme, direction, description), or a whole indicator for figures in the
 * long layout.
 *
 * @param file the file name
 * @param line where, e.g. {@code line 4}
 * @param code the indicator code
 * @param label its label, or null to keep the one the figures give
 * @param labelEn its English label, or null
 * @param unit its unit, or null
 * @param theme its theme, or null
 * @param higherIsBetter whether a higher value is better; null when it has no direction
 * @param aggregation SUM or WEIGHTED_MEAN when it may be derived for a parent area from
 * its children, or null
 * @param weightIndicator the indicator whose figures weigh a WEIGHTED_MEAN, or null
 * @param description what it measures, or null
 */
public record IndicatorDefinition(String file, String line, String code, String label, String labelEn, String unit,
		String theme, Boolean higherIsBetter, String aggregation, String weightIndicator, String description) {

}
