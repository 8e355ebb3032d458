package nl.wijkatlas.geodata.area.read;

import nl.wijkatlas.geodata.Problems;

/** The one boundary year the features of a layer state, if they state one. */
final class YearCollector {

	private final String file;

	private Integer year;

	private boolean conflict;

	YearCollector(String file) {
		this.file = file;
	}

	void add(String where, Integer featureYear, Problems problems) {
		if (featureYear == null || this.conflict) {
			return;
		}
		if (this.year == null) {
			this.year = featureYear;
		}
		else if (!this.year.equals(featureYear)) {
			this.conflict = true;
			problems.add(this.file, where, "states year " + featureYear + " while earlier features state " + this.year
					+ "; a layer must hold one year");
		}
	}

	Integer year() {
		return this.conflict ? null : this.year;
	}

}
