package nl.wijkatlas.geodata;

import java.util.function.Function;

/**
 * Bounds on what an area import accepts, so that one hostile or broken file cannot make
 * every later GraphQL, tile or download response huge, or give two areas of one level the
 * same ground.
 *
 * @param maxVertices the most vertices one feature may have (all rings and parts
 * together); CBS's full-resolution buurten have a few thousand at most
 * @param overlapToleranceSquareMetres the largest area two areas of one level may share
 * (in RD New, after reprojection); above it the whole file is refused. Shared borders
 * have no area; the tolerance only absorbs rounding of coordinates
 */
public record ImportLimits(int maxVertices, double overlapToleranceSquareMetres) {

	/** The environment variable that sets {@link #maxVertices()}. */
	public static final String MAX_VERTICES_VARIABLE = "WIJKATLAS_IMPORT_MAX_VERTICES";

	/** The environment variable that sets {@link #overlapToleranceSquareMetres()}. */
	public static final String OVERLAP_TOLERANCE_VARIABLE = "WIJKATLAS_IMPORT_OVERLAP_TOLERANCE_M2";

	/** 50,000 vertices per feature, 1 m² of overlap. */
	public static final ImportLimits DEFAULTS = new ImportLimits(50_000, 1.0);

	public ImportLimits {
		if (maxVertices < 4) {
			throw new IllegalArgumentException("maxVertices must be at least 4 (one closed ring), got " + maxVertices);
		}
		if (!(overlapToleranceSquareMetres >= 0) || Double.isInfinite(overlapToleranceSquareMetres)) {
			throw new IllegalArgumentException(
					"overlapToleranceSquareMetres must be a finite number of at least 0, got "
							+ overlapToleranceSquareMetres);
		}
	}

	/**
	 * The limits from the environment, each falling back to its default.
	 * @return the limits
	 * @throws ImportException when a variable is set but not a number
	 */
	public static ImportLimits fromEnvironment() {
		return from(System::getenv);
	}

	static ImportLimits from(Function<String, String> environment) {
		String vertices = environment.apply(MAX_VERTICES_VARIABLE);
		String tolerance = environment.apply(OVERLAP_TOLERANCE_VARIABLE);
		try {
			return new ImportLimits(
					(vertices != null && !vertices.isBlank()) ? Integer.parseInt(vertices.strip())
							: DEFAULTS.maxVertices,
					(tolerance != null && !tolerance.isBlank()) ? Double.parseDouble(tolerance.strip())
							: DEFAULTS.overlapToleranceSquareMetres);
		}
		catch (IllegalArgumentException ex) {
			throw new ImportException(MAX_VERTICES_VARIABLE + "=" + vertices + ", " + OVERLAP_TOLERANCE_VARIABLE + "="
					+ tolerance + ": " + ex.getMessage(), ex);
		}
	}

}
