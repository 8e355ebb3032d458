package nl.wijkatlas.geodata;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ImportLimitsTest {

	@Test
	void shouldReadLimitsFromTheEnvironmentAndRefuseNonsense() {
		assertThat(ImportLimits.from(Map.<String, String>of()::get)).isEqualTo(ImportLimits.DEFAULTS);
		assertThat(ImportLimits
			.from(Map.of("WIJKATLAS_IMPORT_MAX_VERTICES", "1000", "WIJKATLAS_IMPORT_OVERLAP_TOLERANCE_M2", "0.5")::get))
			.isEqualTo(new ImportLimits(1000, 0.5));
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> ImportLimits.from(Map.of("WIJKATLAS_IMPORT_MAX_VERTICES", "veel")::get))
			.withMessageContaining("WIJKATLAS_IMPORT_MAX_VERTICES=veel");
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> ImportLimits.from(Map.of("WIJKATLAS_IMPORT_OVERLAP_TOLERANCE_M2", "-1")::get))
			.withMessageContaining("at least 0");
	}

}
