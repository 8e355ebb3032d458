package nl.wijkatlas.importing;

import java.util.Locale;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.fetch.FetchRequest;
import nl.wijkatlas.geodata.fetch.FetchResult;
import nl.wijkatlas.geodata.fetch.GemeenteFetch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The scheduled fetch, off unless {@code wijkatlas.fetch.schedule} is a cron expression :
 * at each tick, every gemeente of {@code wijkatlas.fetch.gemeenten} is fetched for the
 * newest year CBS has a Kerncijfers table of (configured, or found in the CBS catalogue),
 * so a running atlas picks up next year's figures and boundaries, and a table CBS
 * revised, without anyone running a command. A fetch that changes nothing writes nothing;
 * one that fails is logged and leaves the database as it was, and the next gemeente is
 * fetched all the same. Several instances may each run it: imports take turns on the
 * import lock, and the later one finds nothing to change.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("'${wijkatlas.fetch.schedule:-}'.trim() != '' && '${wijkatlas.fetch.schedule:-}'.trim() != '-'")
class FetchSchedule {

	private static final Logger log = LoggerFactory.getLogger(FetchSchedule.class);

	private final DataSource dataSource;

	private final FetchProperties properties;

	FetchSchedule(DataSource dataSource, FetchProperties properties) {
		this.dataSource = dataSource;
		this.properties = properties;
		if (properties.gemeenten().isEmpty()) {
			log.warn(
					"wijkatlas.fetch.schedule is set but wijkatlas.fetch.gemeenten names no gemeente: nothing to fetch");
		}
		else {
			log.info("Scheduled fetch of {} at '{}'", String.join(", ", properties.gemeenten()), properties.schedule());
		}
	}

	@Scheduled(cron = "${wijkatlas.fetch.schedule}")
	void fetchAll() {
		for (String gemeente : this.properties.gemeenten()) {
			String code = gemeente.strip().toUpperCase(Locale.ROOT);
			try {
				// A client per gemeente: its requests and its retry budget are that
				// gemeente's.
				FetchResult result = new GemeenteFetch(this.dataSource, this.properties.settings())
					.fetch(FetchRequest.of(code, null));
				log.info("Scheduled fetch: {}", result.summary());
			}
			catch (ImportException | IllegalArgumentException ex) {
				log.error("Scheduled fetch of {} failed, nothing was written: {}", code, ex.getMessage());
			}
		}
	}

}
