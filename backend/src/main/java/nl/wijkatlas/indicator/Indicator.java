package nl.wijkatlas.indicator;

/**
 * A measured figure: what it is (in Dutch, and in English where a label exists), its
 * unit, its theme, whether a higher value is better (null when it has no direction), how
 * it may be derived for an area from the areas below it (null: never) and where it comes
 * from.
 */
public record Indicator(String code, String label, String unit, String theme, Boolean higherIsBetter,
		String description, String sourceId, String valueKind, String labelEn, String aggregation,
		String weightIndicatorCode) {

	/**
	 * An indicator known only by its code, for a field whose selection asks nothing else
	 * ({@code Batches.byKey}); its other properties are not read.
	 */
	static Indicator ofCode(String code) {
		return new Indicator(code, null, null, null, null, null, null, null, null, null, null);
	}

}
