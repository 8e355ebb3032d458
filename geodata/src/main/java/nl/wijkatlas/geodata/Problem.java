package nl.wijkatlas.geodata;

/**
 * One thing wrong with an input file, phrased for the person who has to fix it.
 *
 * @param file the file name
 * @param feature where in the file, e.g. {@code features[12] BU01931000}, {@code line 4}
 * or {@code buurten fid 17 BU99990101}; null when the problem concerns the whole file
 * @param message what is wrong
 */
public record Problem(String file, String feature, String message) {

	@Override
	public String toString() {
		return (this.feature != null) ? this.file + ": " + this.feature + ": " + this.message
				: this.file + ": " + this.message;
	}

}
