import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.command.Database;
import nl.wijkatlas.geodata.command.ImportCommand;

/**
 * Imports the synthetic national dataset (national.mjs) through the import program's area import
 * (./wijkatlas import FILE... --gemeente CODE --name NAME), one gemeente at a time but in one JVM
 * and on one database, which the program's `bundled` command has already migrated:
 * DATABASE_URL=postgres://... java -cp 'lib/*' ImportNational.java DIR
 */
public class ImportNational {

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		DataSource dataSource = Database.fromEnvironment(System.getenv());
		List<String> gemeenten = Files.readAllLines(dir.resolve("gemeenten.tsv"));
		int done = 0;
		for (String line : gemeenten) {
			String[] fields = line.split("\t");
			ImportCommand
				.parse(dir.resolve(fields[0] + "_buurten_2025_rd.geojson").toString(),
						dir.resolve(fields[0] + "_wijken_2025_rd.geojson").toString(), "--gemeente", fields[0], "--name",
						fields[1])
				.run(dataSource);
			if (++done % 50 == 0) {
				System.err.println("imported " + done + " of " + gemeenten.size() + " gemeenten");
			}
		}
	}

}
