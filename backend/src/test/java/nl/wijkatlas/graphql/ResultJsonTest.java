package nl.wijkatlas.graphql;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response writer walks the result itself; what it writes must be what the data
 * binder wrote before, byte for byte, for every kind of value a result holds.
 */
class ResultJsonTest {

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void writesWhatTheDataBinderWrites() {
		Map<String, Object> area = new LinkedHashMap<>();
		area.put("code", "BU01930000");
		area.put("name", "Binnenstad \"oud\" – é\n\u0001");
		area.put("value", 58.9);
		area.put("count", 12);
		area.put("big", 12_345_678_901L);
		area.put("exact", new BigDecimal("1.50"));
		area.put("huge", new BigInteger("123456789012345678901234567890"));
		area.put("present", true);
		area.put("missing", null);
		area.put("bbox", List.of(6.08, 52.5, 6.1, 52.51));
		area.put("nested", Arrays.asList(Map.of("a", List.of()), null, "x"));
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("data", Map.of("area", area));
		result.put("errors",
				List.of(Map.of("message", "m", "extensions", Map.of("code", "X", "since", LocalDate.of(2026, 12, 8)))));

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ResultJson.write(this.mapper, result, out);

		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(this.mapper.writeValueAsString(result));
	}

}
