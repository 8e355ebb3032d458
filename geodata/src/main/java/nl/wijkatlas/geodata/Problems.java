package nl.wijkatlas.geodata;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of an import, so that all are reported together, up to a cap. */
public final class Problems {

	/**
	 * Beyond this many, problems are only counted: a broken file should not flood the
	 * log.
	 */
	public static final int MAX_PROBLEMS = 100;

	private final List<Problem> list = new ArrayList<>();

	private int omitted;

	public void add(String file, String feature, String message) {
		add(new Problem(file, feature, message));
	}

	public void add(Problem problem) {
		if (this.list.size() < MAX_PROBLEMS) {
			this.list.add(problem);
		}
		else {
			this.omitted++;
		}
	}

	public boolean isEmpty() {
		return this.list.isEmpty();
	}

	public List<Problem> list() {
		return List.copyOf(this.list);
	}

	/**
	 * Throws an {@link ImportException} listing the problems, if there are any.
	 */
	public void throwIfAny() {
		if (!this.list.isEmpty()) {
			throw new ImportException(this.list, this.omitted);
		}
	}

}
