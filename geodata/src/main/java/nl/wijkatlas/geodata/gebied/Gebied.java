package nl.wijkatlas.geodata.gebied;

import java.util.List;

/**
 * A free-form gebied as a gebieden file describes it: built from CBS buurten.
 *
 * @param code its code, e.g. {@code GB0193_SPOORZONE}
 * @param name its name
 * @param buurtCodes the buurten it is built from
 * @param approximate true when the buurten only approximate the gebied the source names
 * @param note how the buurten were chosen; required when approximate
 * @param source the document or web page that names the gebied
 * @param alias the code other datasets use for it (e.g. {@code BVB_OLDENEEL}), or null
 * @param file the file name, for messages
 * @param line where the row is, e.g. {@code line 4}
 */
public record Gebied(String code, String name, List<String> buurtCodes, boolean approximate, String note, String source,
		String alias, String file, String line) {

	/**
	 * The gemeente of the gebied.
	 * @return e.g. {@code GM0193} for {@code GB0193_SPOORZONE}
	 */
	public String gemeenteCode() {
		return "GM" + this.code.substring(2, 6);
	}

}
