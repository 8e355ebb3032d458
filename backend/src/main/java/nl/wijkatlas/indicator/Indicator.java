package nl.wijkatlas.indicator;

/**
 * A measured figure: what it is, its unit, its theme, whether a higher value is better
 * (null when it has no direction) and where it comes from.
 */
public record Indicator(String code, String label, String unit, String theme, Boolean higherIsBetter,
		String description, String sourceId, String valueKind) {

}
