package nl.wijkatlas.geodata.area.validate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.geodata.Problems;
import nl.wijkatlas.geodata.area.AreaFeature;
import nl.wijkatlas.geodata.area.AreaLayer;
import nl.wijkatlas.geodata.area.StadsdeelMembership;

/**
 * Checks a whole dataset: every feature, duplicate codes, every buurt's wijk present,
 * every wijk with buurten, and a stadsdeel mapping that fits the wijken.
 */
public final class DatasetValidator {

	private final FeatureValidator features;

	/**
	 * A validator with a vertex cap per feature.
	 * @param maxVertices the most vertices a feature may have
	 */
	public DatasetValidator(int maxVertices) {
		this.features = new FeatureValidator(maxVertices);
	}

	/**
	 * Reports what is wrong with a dataset.
	 * @param buurten the buurt layer
	 * @param wijken the wijk layer
	 * @param stadsdelen the stadsdeel mapping, possibly empty
	 * @param gemeenteCode the gemeente being imported, or null when unknown (a problem
	 * already reported)
	 * @param problems where problems are reported
	 */
	public void validate(AreaLayer buurten, AreaLayer wijken, List<StadsdeelMembership> stadsdelen, String gemeenteCode,
			Problems problems) {
		for (AreaLayer layer : List.of(buurten, wijken)) {
			layer.features().forEach((feature) -> this.features.validate(feature, gemeenteCode, problems));
			checkDuplicates(layer, problems);
		}
		if (!buurten.readable() || !wijken.readable()) {
			return;
		}
		Set<String> wijkCodes = codes(wijken);
		Set<String> wijkenWithBuurten = new TreeSet<>();
		for (AreaFeature buurt : buurten.features()) {
			if (buurt.parentCode() == null) {
				continue;
			}
			wijkenWithBuurten.add(buurt.parentCode());
			if (!wijkCodes.contains(buurt.parentCode())) {
				problems.add(buurt.file(), buurt.where(), "buurt " + buurt.code() + " has no wijk " + buurt.parentCode()
						+ ": that wijk is not in " + wijken.file());
			}
		}
		for (AreaFeature wijk : wijken.features()) {
			if (AreaLevel.WIJK.matches(wijk.code()) && !wijkenWithBuurten.contains(wijk.code())) {
				problems.add(wijk.file(), wijk.where(), "wijk " + wijk.code() + " has no buurten in " + buurten.file()
						+ ", so its boundary cannot be derived");
			}
		}
		checkStadsdelen(stadsdelen, wijkCodes, wijken.file(), gemeenteCode, problems);
	}

	private void checkDuplicates(AreaLayer layer, Problems problems) {
		Map<String, AreaFeature> first = new HashMap<>();
		for (AreaFeature feature : layer.features()) {
			if (feature.code() == null || feature.code().isBlank()) {
				continue;
			}
			AreaFeature earlier = first.putIfAbsent(feature.code(), feature);
			if (earlier != null) {
				problems.add(feature.file(), feature.where(),
						"duplicate code " + feature.code() + ": " + earlier.featureRef() + " has it too");
			}
		}
	}

	private void checkStadsdelen(List<StadsdeelMembership> stadsdelen, Set<String> wijkCodes, String wijkFile,
			String gemeenteCode, Problems problems) {
		Map<String, StadsdeelMembership> byWijk = new HashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (StadsdeelMembership row : stadsdelen) {
			StadsdeelMembership earlier = byWijk.putIfAbsent(row.wijkCode(), row);
			if (earlier != null) {
				problems.add(row.file(), row.line(),
						"wijk " + row.wijkCode() + " is mapped twice (also on " + earlier.line() + ")");
			}
			if (!wijkCodes.contains(row.wijkCode())) {
				problems.add(row.file(), row.line(), "wijk " + row.wijkCode() + " is not in " + wijkFile);
			}
			if (gemeenteCode != null && !AreaLevel.gemeenteOf(row.stadsdeelCode()).equals(gemeenteCode)) {
				problems.add(row.file(), row.line(), "stadsdeel " + row.stadsdeelCode()
						+ " does not belong to the gemeente being imported, " + gemeenteCode);
			}
			String name = names.putIfAbsent(row.stadsdeelCode(), row.stadsdeelName());
			if (name != null && !name.equals(row.stadsdeelName())) {
				problems.add(row.file(), row.line(), "stadsdeel " + row.stadsdeelCode() + " is named '"
						+ row.stadsdeelName() + "' here but '" + name + "' on an earlier line");
			}
		}
	}

	private static Set<String> codes(AreaLayer layer) {
		Set<String> codes = new TreeSet<>();
		layer.features().stream().map(AreaFeature::code).filter((code) -> code != null).forEach(codes::add);
		return codes;
	}

}
