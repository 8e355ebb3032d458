package nl.wijkatlas.opgave;

import nl.wijkatlas.geodata.Patterns;
import java.util.regex.Pattern;

import nl.wijkatlas.graphql.WellFormed;

/**
 * The filter of the opgaven collections: area (with or without what lies within it),
 * theme and period, its components named as the repository's filter names its parameters.
 */
record OpgaveFilter(String area, boolean within, String theme, String period) {

	private static final Pattern PERIOD = Patterns.PERIOD;

	OpgaveFilter {
		if (period != null) {
			WellFormed.require("period", period, PERIOD, "a period; expected 2024 or 2023-2024");
		}
	}

}
