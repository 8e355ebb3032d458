package nl.wijkatlas.initiative;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The filter of the {@code initiatives} collection.
 */
record InitiativeFilter(String area, boolean within, String status, String scheme) {

	JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
		return statement.param("area", this.area)
			.param("within", this.within)
			.param("status", this.status)
			.param("scheme", this.scheme);
	}

}
