package nl.wijkatlas.geodata.command;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.area.BundledAreas;
import nl.wijkatlas.geodata.area.BundledGemeente;
import nl.wijkatlas.geodata.content.ContentImporter;
import nl.wijkatlas.geodata.gebied.BundledGebieden;
import nl.wijkatlas.geodata.indicator.BundledIndicators;

/**
 * The bundled datasets, in the order they cite each other: the areas of every bundled
 * gemeente ({@link BundledAreas}), then the gebieden built from their buurten, then the
 * figures (which may refer to gebieden), then the domain content transcribed from the
 * documents (which cites all of them). Idempotent and cheap when the same data is already
 * there. The app runs it at start-up; the import program's {@code bundled} command runs
 * it without the app (the benchmark does).
 */
public final class BundledData implements Command {

	@Override
	public String run(DataSource dataSource) {
		return String.join("\n", importInto(dataSource));
	}

	/**
	 * Imports every bundled dataset, each in its own transaction.
	 * @param dataSource the database
	 * @return one line per dataset: what it did
	 */
	public static List<String> importInto(DataSource dataSource) {
		List<String> lines = new ArrayList<>();
		BundledAreas.importInto(dataSource).forEach((result) -> lines.add("Bundled areas: " + result.summary()));
		lines.add("Bundled gebieden: " + BundledGebieden.importInto(dataSource).summary());
		lines.add("Bundled figures: " + BundledIndicators.importInto(dataSource).summary());
		ContentImporter content = new ContentImporter(dataSource);
		for (BundledGemeente gemeente : BundledAreas.ALL) {
			lines.add("Bundled content: " + content.importBundled(gemeente.code(), gemeente.contentFolder()).summary());
		}
		return lines;
	}

}
