package nl.wijkatlas.indicator;

import graphql.schema.DataFetchingEnvironment;
import nl.wijkatlas.graphql.Selections;

/**
 * Which comparisons a query asks of its figures. Each costs joins (the gemeente's figure;
 * the indicator's previous period and the area's figure in it; the figures of the other
 * areas of the level), so the statement only computes what the selection set reads.
 */
record Comparisons(boolean cityAverage, boolean previous, boolean peers) {

	static Comparisons of(DataFetchingEnvironment env) {
		return of(env, "");
	}

	/**
	 * The comparisons read by the figures at {@code prefix} of the field's selection
	 * (e.g. {@code values/} of a series).
	 */
	static Comparisons of(DataFetchingEnvironment env, String prefix) {
		return new Comparisons(Selections.asks(env, prefix + "cityAverage", prefix + "differenceFromCityAverage"),
				Selections.asks(env, prefix + "previousPeriod", prefix + "previousValue"),
				Selections.asks(env, prefix + "peers"));
	}

}
