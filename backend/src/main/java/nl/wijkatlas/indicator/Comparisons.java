package nl.wijkatlas.indicator;

import graphql.schema.DataFetchingFieldSelectionSet;

/**
 * Which comparisons a query asks of its figures. Each costs joins (the gemeente's figure;
 * the indicator's previous period and the area's figure in it), so the statement only
 * computes what the selection set reads.
 */
record Comparisons(boolean cityAverage, boolean previous) {

	static Comparisons of(DataFetchingFieldSelectionSet selection) {
		return new Comparisons(selection.contains("cityAverage") || selection.contains("differenceFromCityAverage"),
				selection.contains("previousPeriod") || selection.contains("previousValue"));
	}

}
