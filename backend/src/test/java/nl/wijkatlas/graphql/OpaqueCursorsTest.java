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
 * Cursors are opaque, versioned and signed: no implementation detail inside, and old,
 * foreign or edited cursors are refused.
 */
class OpaqueCursorsTest {

	private final CursorStrategy<ScrollPosition> cursors = OpaqueCursors.strategy("test secret");

	@Test
	void shouldRoundTripTheKeyWithoutAJavaClassName() {
		String cursor = this.cursors.toCursor(ScrollPosition.forward(Map.of("code", "BU01933000")));

		assertThat(cursor).startsWith("v2.").matches("v2\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{22}");
		String inside = new String(Base64.getUrlDecoder().decode(cursor.split("\\.")[1]), StandardCharsets.UTF_8);
		assertThat(inside).isEqualTo("code:BU01933000").doesNotContain("java");
		assertThat(((KeysetScrollPosition) this.cursors.fromCursor(cursor)).getKeys())
			.isEqualTo(Map.of("code", "BU01933000"));
	}

	@Test
	void shouldRefuseSpringsOldCursorsUnsignedOnesAndForeignText() {
		String old = CursorStrategy.withEncoder(new ScrollPositionCursorStrategy(), CursorEncoder.base64())
			.toCursor(ScrollPosition.forward(Map.of("code", "BU01933000")));

		assertThatThrownBy(() -> this.cursors.fromCursor(old)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.cursors.fromCursor("v1.Y29kZTpCVTAxOTMzMDAw"))
			.as("version 1, which had no signature")
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.cursors.fromCursor("v3.Y29kZTpY.AAAAAAAAAAAAAAAAAAAAAA"))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.cursors.fromCursor("v2.!!!")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.cursors.fromCursor("v2.Y29kZTpY")).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void shouldRefuseAnEditedCursorAndOneSignedWithAnotherSecret() {
		String cursor = this.cursors.toCursor(ScrollPosition.forward(Map.of("code", "BU01933000")));
		String signature = cursor.substring(cursor.lastIndexOf('.'));
		String edited = "v2." + Base64.getUrlEncoder().withoutPadding().encodeToString("code:ZZZ".getBytes())
				+ signature;

		assertThatThrownBy(() -> this.cursors.fromCursor(edited)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> OpaqueCursors.strategy("another secret").fromCursor(cursor))
			.isInstanceOf(InvalidInputException.class);
		assertThat(OpaqueCursors.strategy("test secret").fromCursor(cursor)).as("the same secret after a restart")
			.isInstanceOf(KeysetScrollPosition.class);
	}

}
