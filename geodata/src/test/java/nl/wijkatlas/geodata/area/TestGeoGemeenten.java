package nl.wijkatlas.geodata.area;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

import nl.wijkatlas.geodata.support.TestDatabase;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Removes the fake gemeenten GM9998 and GM9999 that tests import. As an extension
 * ({@code @ExtendWith(TestGeoGemeenten.class)}) before and after each test, and after it
 * the source rows the test added too, so the Zwolle data stays as it is.
 */
final class TestGeoGemeenten implements BeforeEachCallback, AfterEachCallback {

	private static final ExtensionContext.Namespace SOURCES = ExtensionContext.Namespace.create(TestGeoGemeenten.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		remove();
		String before = TestDatabase.queryString("select string_agg(id, ',') from source");
		context.getStore(SOURCES).put("before", Objects.toString(before, ""));
	}

	@Override
	public void afterEach(ExtensionContext context) {
		remove();
		removeSourcesAddedSince(context.getStore(SOURCES).get("before", String.class));
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
