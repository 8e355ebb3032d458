package nl.wijkatlas.indicator;

import graphql.schema.DataFetchingFieldSelectionSet;

/**
 * Which comparisons a query asks of its figures. Each costs joins (the gemeente's figure;
 * the indicator's previous period and the area's figure in it; the figures of the other
 * areas of the level), so the statement only computes what the selection set reads.
 */
record Comparisons(boolean cityAverage, boolean previous, boolean peers) {

	static Comparisons of(DataFetchingFieldSelectionSet selection) {
		return of(selection, "");
	}

	/**
	 * The comparisons read by the figures at {@code prefix} of the selection (e.g.
	 * {@code values/} of a series).
	 */
	static Comparisons of(DataFetchingFieldSelectionSet selection, String prefix) {
		return new Comparisons(
				selection.contains(prefix + "cityAverage") || selection.contains(prefix + "differenceFromCityAverage"),
				selection.contains(prefix + "previousPeriod") || selection.contains(prefix + "previousValue"),
				selection.contains(prefix + "peers"));
	}

}
