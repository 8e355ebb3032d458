package nl.wijkatlas.importing;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.BundledAreas;
import nl.wijkatlas.geodata.BundledGemeente;
import nl.wijkatlas.geodata.ImportResult;
import nl.wijkatlas.geodata.content.ContentImporter;
import nl.wijkatlas.geodata.gebied.BundledGebieden;
import nl.wijkatlas.geodata.indicator.BundledIndicators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports the bundled datasets once the schema is migrated: the areas of every bundled
 * gemeente ({@link BundledAreas}), then the gebieden built from their buurten, then the
 * figures (which may refer to gebieden), then the domain content transcribed from the
 * documents (which cites all of them). Idempotent and cheap when the same data is already
 * there, so every start may run it.
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
		for (ImportResult result : BundledAreas.importInto(this.dataSource)) {
			log.info("Bundled areas: {}", result.summary());
		}
		log.info("Bundled gebieden: {}", BundledGebieden.importInto(this.dataSource).summary());
		log.info("Bundled figures: {}", BundledIndicators.importInto(this.dataSource).summary());
		// The content cites areas and indicators, so it comes last.
		ContentImporter content = new ContentImporter(this.dataSource);
		for (BundledGemeente gemeente : BundledAreas.ALL) {
			log.info("Bundled content: {}", content.importBundled(gemeente.code(), gemeente.contentFolder()).summary());
		}
	}

}
