package nl.wijkatlas.opgave;

import java.util.List;

/**
 * An area goal for a period, structured with the DIN model: doelen, inspanningen,
 * middelen.
 */
public record Opgave(String id, String title, String theme, String period, String status, String summary,
		List<String> areaCodes, String sourceId, String sourceLocator, String note, int version) {

	/** A goal of the opgave. */
	public record Doel(long id, String opgaveId, String title, List<Inspanning> inspanningen) {
	}

	/**
	 * An effort towards a doel, with who takes part (betrokkenen) and the means
	 * (middelen).
	 */
	public record Inspanning(long id, long doelId, String title, List<String> betrokkenen, List<Middel> middelen) {
	}

	/** Money, capacity or a krediet that an inspanning uses. */
	public record Middel(long inspanningId, String kind, Double amount, String creditId, String description) {
	}

}
