package nl.wijkatlas.pages;

import nl.wijkatlas.support.WijkatlasIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The address search is restricted to the gemeenten in the database: with the bundled
 * data, Zwolle and Geldrop-Mierlo.
 */
@WijkatlasIntegrationTest(properties = "wijkatlas.locatieserver-url=http://127.0.0.1:9/locatieserver/")
class AddressSearchIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldFilterOnTheGemeentenOfTheDatabase() {
		AddressSearchController.DatabaseGemeenten gemeenten = new AddressSearchController.DatabaseGemeenten(this.jdbc);
		assertThat(gemeenten.codes()).contains("GM0193", "GM1771").allMatch((code) -> code.startsWith("GM"));
		assertThat(AddressSearchController.gemeenteFilter(gemeenten.codes())).startsWith("gemeentecode:(")
			.contains("0193", "1771", " OR ");
	}

}
