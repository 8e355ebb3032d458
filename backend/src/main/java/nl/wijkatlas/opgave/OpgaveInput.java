package nl.wijkatlas.opgave;

import java.util.List;

/**
 * What a wijkmanager sends to create or update an opgave.
 */
record OpgaveInput(String title, String theme, String period, String status, String summary, List<String> areaCodes,
		List<DoelInput> doelen, String sourceId, String note) {

	record DoelInput(String title, List<InspanningInput> inspanningen) {
	}

	record InspanningInput(String title, List<String> betrokkenen, List<MiddelInput> middelen) {
	}

	record MiddelInput(String kind, Double amount, String creditId, String description) {
	}

	List<DoelInput> doelenOrEmpty() {
		return (this.doelen != null) ? this.doelen : List.of();
	}

}
