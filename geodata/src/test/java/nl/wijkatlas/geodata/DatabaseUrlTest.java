package nl.wijkatlas.geodata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DatabaseUrlTest {

	/** An empty user or password column: the URL names none. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					a postgres URI                        | postgres://wijkatlas:geheim@localhost:55432/wijkatlas_test                        | jdbc:postgresql://localhost:55432/wijkatlas_test                      | wijkatlas  | geheim
					default port 5432, postgresql scheme  | postgresql://app@db.example.org/atlas                                             | jdbc:postgresql://db.example.org:5432/atlas                           | app        |
					query parameters such as sslmode kept | postgres://u:p@host:6543/db?sslmode=require&application_name=atlas                | jdbc:postgresql://host:6543/db?sslmode=require&application_name=atlas | u          | p
					percent-encoded credentials decoded   | postgres://wijk%40atlas:p%3Ass%2Fw%40rd@localhost/db                              | jdbc:postgresql://localhost:5432/db                                   | wijk@atlas | p:ss/w@rd
					an IPv6 host                          | postgres://u:p@[::1]:5433/db                                                      | jdbc:postgresql://[::1]:5433/db                                       | u          | p
					credentials taken out of a JDBC URL   | jdbc:postgresql://localhost:5432/atlas?user=app&password=s%26cret&sslmode=disable | jdbc:postgresql://localhost:5432/atlas?sslmode=disable                | app        | s&cret
					a JDBC URL without credentials        | jdbc:postgresql://localhost/atlas                                                 | jdbc:postgresql://localhost/atlas                                     |            |
					""")
	void shouldTurnTheUrlIntoAJdbcUrlAndCredentials(String name, String given, String jdbcUrl, String user,
			String password) {
		DatabaseUrl url = DatabaseUrl.parse(given);

		assertThat(url.jdbcUrl()).isEqualTo(jdbcUrl);
		assertThat(url.user()).isEqualTo(user);
		assertThat(url.password()).isEqualTo(password);
	}

	@Test
	void shouldRejectOtherSchemesWithoutShowingThePassword() {
		assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse("mysql://u:secret@host/db"))
			.withMessageContaining("postgres://user:password@host:port/database")
			.withMessageNotContaining("secret");
	}

	@Test
	void shouldRejectAUrlWithoutDatabaseOrHost() {
		assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse("postgres://u:p@host:5432/"))
			.withMessageContaining("names no database");
		assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse("postgres:///db"))
			.withMessageContaining("names no host");
		assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse(" "));
	}

	@Test
	void shouldNotShowThePasswordInToString() {
		assertThat(DatabaseUrl.parse("postgres://u:secret@host/db").toString()).doesNotContain("secret");
	}

}
