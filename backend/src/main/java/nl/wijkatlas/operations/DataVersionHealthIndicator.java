package nl.wijkatlas.operations;

import nl.wijkatlas.caching.DataVersion;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health of the data version listener ({@code dataVersion} in {@code /actuator/health}),
 * part of the readiness group: until its LISTEN connection is up an instance cannot learn
 * of another instance's writes from memory, so it is not yet ready, and it is down again
 * while the database is.
 */
@Component
class DataVersionHealthIndicator implements HealthIndicator {

	private final DataVersion dataVersion;

	DataVersionHealthIndicator(DataVersion dataVersion) {
		this.dataVersion = dataVersion;
	}

	@Override
	public Health health() {
		return this.dataVersion.isListening() ? Health.up().build()
				: Health.outOfService().withDetail("listening", false).build();
	}

}
