package nl.wijkatlas.importing;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.command.BundledData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports the bundled datasets once the schema is migrated ({@link BundledData}: areas,
 * gebieden, figures, content, in that order). Idempotent and cheap when the same data is
 * already there, so every start may run it.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "wijkatlas.import-bundled", havingValue = "true", matchIfMissing = true)
class BundledDataImport implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BundledDataImport.class);

	private final DataSource dataSource;

	BundledDataImport(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void run(ApplicationArguments args) {
		// The same import as the import program's `bundled` command.
		for (String line : BundledData.importInto(this.dataSource)) {
			log.info(line);
		}
	}

}
