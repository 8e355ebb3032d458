package nl.wijkatlas.geodata;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An import that was refused or rolled back. When it carries problems, they were found
 * while reading and validating the files, before the database was touched; otherwise the
 * database refused the data and the transaction was rolled back. Either way nothing was
 * written.
 */
public class ImportException extends RuntimeException {

	private final transient List<Problem> problems;

	public ImportException(List<Problem> problems, int omitted) {
		super(describe(problems, omitted));
		this.problems = List.copyOf(problems);
	}

	public ImportException(String message) {
		this(message, null);
	}

	public ImportException(String message, Throwable cause) {
		super(message, cause);
		this.problems = List.of();
	}

	/**
	 * The problems found in the files, at most {@link Problems#MAX_PROBLEMS}.
	 * @return the problems; empty when the database refused the import
	 */
	public List<Problem> problems() {
		return this.problems;
	}

	private static String describe(List<Problem> problems, int omitted) {
		String list = problems.stream().map((problem) -> "  - " + problem).collect(Collectors.joining("\n"));
		String more = (omitted > 0) ? "\n  ... and " + omitted + " more" : "";
		int total = problems.size() + omitted;
		return "Import refused, nothing was written: " + total + ((total == 1) ? " problem" : " problems") + "\n" + list
				+ more;
	}

}
