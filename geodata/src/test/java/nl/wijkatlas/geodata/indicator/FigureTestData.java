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

}
