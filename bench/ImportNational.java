import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.wijkatlas.geodata.area.AreaImporter;
import nl.wijkatlas.geodata.area.ImportOptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Imports the synthetic national dataset (national.mjs) through the normal area importer, one
 * gemeente at a time, in one JVM: java -cp 'lib/*' ImportNational.java DIR JDBC_URL USER PASSWORD
 */
public class ImportNational {

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(args[1]);
		dataSource.setUser(args[2]);
		dataSource.setPassword(args[3]);
		AreaImporter importer = new AreaImporter(dataSource);
		List<String> gemeenten = Files.readAllLines(dir.resolve("gemeenten.tsv"));
		int done = 0;
		for (String line : gemeenten) {
			String[] fields = line.split("\t");
			importer.importFiles(
					List.of(dir.resolve(fields[0] + "_buurten_2025_rd.geojson"),
							dir.resolve(fields[0] + "_wijken_2025_rd.geojson")),
					ImportOptions.defaults().withGemeente(fields[0]).withGemeenteName(fields[1]));
			if (++done % 50 == 0) {
				System.err.println("imported " + done + " of " + gemeenten.size() + " gemeenten");
			}
		}
	}

}
