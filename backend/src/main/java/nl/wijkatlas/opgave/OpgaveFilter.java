package nl.wijkatlas.opgave;

import nl.wijkatlas.geodata.Patterns;
import java.util.regex.Pattern;

import nl.wijkatlas.graphql.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The filter of the opgaven collections: area (with or without what lies within it),
 * theme and period.
 */
record OpgaveFilter(String area, boolean within, String theme, String period) {

	private static final Pattern PERIOD = Patterns.PERIOD;

	OpgaveFilter {
		if (period != null && !PERIOD.matcher(period).matches()) {
			throw new InvalidInputException("period", "'" + period + "' is not a period; expected 2024 or 2023-2024");
		}
	}

	JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
		return statement.param("area", this.area)
			.param("within", this.within)
			.param("theme", this.theme)
			.param("period", this.period);
	}

}
