package nl.wijkatlas.geodata.indicator;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.area.BundledAreas;
import nl.wijkatlas.geodata.gebied.BundledGebieden;
import nl.wijkatlas.geodata.support.TestDatabase;

/** What the figures' import tests start from. */
final class FigureTestData {

	private FigureTestData() {
	}

	/**
	 * The test database with the bundled areas and gebieden imported (a no-op when they
	 * are there already): every area the bundled figures name.
	 */
	static DataSource areasAndGebieden() {
		DataSource dataSource = TestDatabase.dataSource();
		BundledAreas.importInto(dataSource);
		BundledGebieden.importInto(dataSource);
		return dataSource;
	}

	/**
	 * One figure's column (or an expression over its columns) as text.
	 * @param expression what to select, e.g. {@code source_id}
	 * @param indicator the indicator code
	 * @param area the area code
	 * @param period the period
	 * @return the text, {@code null} when there is no such figure
	 */
	static String figure(String expression, String indicator, String area, String period) {
		return TestDatabase.queryString("select " + expression + " from indicator_value where indicator_code = '"
				+ indicator + "' and area_code = '" + area + "' and period = '" + period + "'");
	}

}
