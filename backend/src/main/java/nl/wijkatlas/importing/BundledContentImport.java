package nl.wijkatlas.importing;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.content.ContentImporter;
import nl.wijkatlas.geodata.content.ContentResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports the bundled domain content (transcribed from the municipal documents) once the
 * areas and figures it refers to are in. Skipped cheaply when the same content was
 * imported before.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "wijkatlas.import-bundled", havingValue = "true", matchIfMissing = true)
class BundledContentImport implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BundledContentImport.class);

	private final DataSource dataSource;

	BundledContentImport(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void run(ApplicationArguments args) {
		ContentResult result = new ContentImporter(this.dataSource).importBundled("GM0193", "zwolle");
		log.info("Bundled content: {}", result.summary());
	}

}
