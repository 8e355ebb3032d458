package nl.wijkatlas.geodata.area;

import java.util.Arrays;
import java.util.stream.Collectors;

import nl.wijkatlas.geodata.support.TestDatabase;

/** Removes the fake gemeenten GM9998 and GM9999 that tests import. */
final class TestGeoGemeenten {

	private TestGeoGemeenten() {
	}

	static void remove() {
		// Left behind only if a test run was killed; it would keep GM9999 from being
		// deleted.
		TestDatabase.execute("drop table if exists geodata_test_reference");
		TestDatabase.execute("delete from area where gemeente_code in ('GM9998', 'GM9999')");
		TestDatabase.execute("delete from dataset_import where dataset in ('areas/GM9998', 'areas/GM9999')");
	}

	/** Removes the source rows added since, unless an area still cites them. */
	static void removeSourcesAddedSince(String idsBefore) {
		String kept = Arrays.stream(((idsBefore != null) ? idsBefore : "").split(","))
			.map((id) -> "'" + id.replace("'", "''") + "'")
			.collect(Collectors.joining(","));
		TestDatabase.execute("delete from source s where s.id not in (" + kept + ") and not exists "
				+ "(select 1 from area a where a.source_id = s.id or a.membership_source_id = s.id)");
	}

}
