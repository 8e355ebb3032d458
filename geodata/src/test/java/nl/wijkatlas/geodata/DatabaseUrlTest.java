package nl.wijkatlas.geodata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DatabaseUrlTest {

	@Test
	void shouldParsePostgresUriIntoJdbcUrlAndCredentials() {
		DatabaseUrl url = DatabaseUrl.parse("postgres://wijkatlas:geheim@localhost:55432/wijkatlas_test");

		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:55432/wijkatlas_test");
		assertThat(url.user()).isEqualTo("wijkatlas");
		assertThat(url.password()).isEqualTo("geheim");
	}

	@Test
	void shouldDefaultThePortTo5432AndAcceptThePostgresqlScheme() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://app@db.example.org/atlas");

		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:5432/atlas");
		assertThat(url.user()).isEqualTo("app");
		assertThat(url.password()).isNull();
	}

	@Test
	void shouldKeepQueryParametersSuchAsSslmode() {
		DatabaseUrl url = DatabaseUrl.parse("postgres://u:p@host:6543/db?sslmode=require&application_name=atlas");

		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://host:6543/db?sslmode=require&application_name=atlas");
	}

	@Test
	void shouldDecodePercentEncodedCredentials() {
		DatabaseUrl url = DatabaseUrl.parse("postgres://wijk%40atlas:p%3Ass%2Fw%40rd@localhost/db");

		assertThat(url.user()).isEqualTo("wijk@atlas");
		assertThat(url.password()).isEqualTo("p:ss/w@rd");
	}

	@Test
	void shouldAcceptIpv6Hosts() {
		assertThat(DatabaseUrl.parse("postgres://u:p@[::1]:5433/db").jdbcUrl())
			.isEqualTo("jdbc:postgresql://[::1]:5433/db");
	}

	@Test
	void shouldTakeCredentialsOutOfAJdbcUrl() {
		DatabaseUrl url = DatabaseUrl
			.parse("jdbc:postgresql://localhost:5432/atlas?user=app&password=s%26cret&sslmode=disable");

		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/atlas?sslmode=disable");
		assertThat(url.user()).isEqualTo("app");
		assertThat(url.password()).isEqualTo("s&cret");
	}

	@Test
	void shouldPassAJdbcUrlWithoutCredentialsThrough() {
		DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://localhost/atlas");

		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/atlas");
		assertThat(url.user()).isNull();
		assertThat(url.password()).isNull();
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
