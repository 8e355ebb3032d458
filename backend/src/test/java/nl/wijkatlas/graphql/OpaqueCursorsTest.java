package nl.wijkatlas.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cursors are opaque and versioned: no implementation detail inside, and old or foreign
 * cursors are refused.
 */
class OpaqueCursorsTest {

	private final CursorStrategy<ScrollPosition> cursors = OpaqueCursors.strategy();

	@Test
	void shouldRoundTripTheKeyWithoutAJavaClassName() {
		String cursor = this.cursors.toCursor(ScrollPosition.forward(Map.of("code", "BU01933000")));

		assertThat(cursor).startsWith("v1.");
		String inside = new String(Base64.getUrlDecoder().decode(cursor.substring(3)), StandardCharsets.UTF_8);
		assertThat(inside).isEqualTo("code:BU01933000").doesNotContain("java");
		assertThat(((KeysetScrollPosition) this.cursors.fromCursor(cursor)).getKeys())
			.isEqualTo(Map.of("code", "BU01933000"));
	}

	@Test
	void shouldRefuseSpringsOldCursorsAndForeignText() {
		String old = CursorStrategy.withEncoder(new ScrollPositionCursorStrategy(), CursorEncoder.base64())
			.toCursor(ScrollPosition.forward(Map.of("code", "BU01933000")));

		assertThatThrownBy(() -> this.cursors.fromCursor(old)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.cursors.fromCursor("v2.Y29kZTpY")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.cursors.fromCursor("v1.!!!")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.cursors.fromCursor("v1.bm9jb2xvbg")).isInstanceOf(IllegalArgumentException.class);
	}

}
