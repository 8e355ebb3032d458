package nl.wijkatlas.geodata.support;

import java.util.Map;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.geodata.area.ImportResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What importing one gemeente's areas must leave behind: the counts per level the import
 * reports, the same counts in the area table, and the gemeente's name in both.
 */
public final class ImportedGemeente {

	private ImportedGemeente() {
	}

	public static void assertImported(ImportResult result, String gemeenteCode, String name, int stadsdelen, int wijken,
			int buurten) {
		assertThat(result.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(AreaLevel.GEMEENTE, 1,
				AreaLevel.STADSDEEL, stadsdelen, AreaLevel.WIJK, wijken, AreaLevel.BUURT, buurten));
		assertThat(count(gemeenteCode, AreaLevel.BUURT)).isEqualTo(buurten);
		assertThat(count(gemeenteCode, AreaLevel.WIJK)).isEqualTo(wijken);
		assertThat(count(gemeenteCode, AreaLevel.STADSDEEL)).isEqualTo(stadsdelen);
		assertThat(TestDatabase.queryString("select name from area where code = '" + gemeenteCode + "'"))
			.isEqualTo(name);
		assertThat(result.gemeenteName()).isEqualTo(name);
	}

	private static long count(String gemeenteCode, AreaLevel level) {
		return TestDatabase.queryLong("select count(*) from area where gemeente_code = '" + gemeenteCode
				+ "' and level = '" + level.name() + "'");
	}

}
