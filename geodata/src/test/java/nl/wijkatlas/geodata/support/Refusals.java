package nl.wijkatlas.geodata.support;

import java.util.function.Supplier;

import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.Problem;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Imports of bad files, which must be refused with an {@link ImportException} and leave
 * the database exactly as it was.
 */
public final class Refusals {

	private Refusals() {
	}

	/**
	 * Runs an import that must be refused, and checks that the fingerprint of what it
	 * could write is the same after as before.
	 * @param fingerprint a fingerprint of the tables the import writes
	 * @param importing the import
	 * @return the refusal
	 */
	public static ImportException refused(Supplier<String> fingerprint, ThrowingCallable importing) {
		String before = fingerprint.get();
		ImportException refused = catchThrowableOfType(ImportException.class, importing);
		assertThat(refused).as("import refused").isNotNull();
		assertThat(fingerprint.get()).as("database unchanged").isEqualTo(before);
		return refused;
	}

	/**
	 * Each expected text starts one of the refusal's problems and is in its message.
	 * @param refused the refusal
	 * @param expected the texts
	 */
	public static void assertNamed(ImportException refused, String... expected) {
		for (String message : expected) {
			assertThat(refused.problems()).extracting(Problem::toString)
				.anySatisfy((p) -> assertThat(p).startsWith(message));
			assertThat(refused.getMessage()).contains(message);
		}
	}

}
