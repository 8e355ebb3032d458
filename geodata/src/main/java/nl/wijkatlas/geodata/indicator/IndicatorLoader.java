package nl.wijkatlas.geodata.indicator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.wijkatlas.geodata.load.ImportTransaction;
import nl.wijkatlas.geodata.load.Sql;

/**
 * Loads a checked indicator import inside an import transaction. Every statement rewrites
 * only rows that differ; the figures of each dataset the import holds are replaced: rows
 * of those datasets that the files no longer have are removed. An import whose datasets
 * were imported before with the same content, all still present, is skipped.
 */
final class IndicatorLoader {

	/** Bump when the loader writes differently from the same files. */
	static final String FORMAT = "wijkatlas-indicator-import/2";

	private final Connection connection;

	IndicatorLoader(Connection connection) {
		this.connection = connection;
	}

	IndicatorImportResult load(IndicatorDataset dataset, boolean force) throws SQLException {
		Map<String, String> checksums = checksums(dataset);
		if (!force && !dataset.datasets().isEmpty() && alreadyImported(dataset, checksums)) {
			// The figures are as they were, but the areas they are derived over may have
			// changed since the last derivation (any import bumps the data version).
			if (DerivedFigures.upToDate(this.connection)) {
				return result(dataset, false, true, ImportTransaction.dataVersion(this.connection, false));
			}
			boolean derivedChanged = DerivedFigures.derive(this.connection) > 0;
			long version = ImportTransaction.dataVersion(this.connection, derivedChanged);
			DerivedFigures.recordRun(this.connection, version, derivedChanged);
			return result(dataset, derivedChanged, !derivedChanged, version);
		}
		int changed = ImportTransaction.writeSources(this.connection, dataset.sources());
		changed += writeIndicators(dataset.indicators());
		changed += writeAliases(dataset);
		stage(dataset.figures());
		changed += writeFigures(dataset.datasets().keySet().toArray(String[]::new));
		// An indicator that became an alias has had its figures moved to the indicator it
		// stands for (the resolver made sure every dataset holding them is in this
		// import).
		changed += Sql.update(this.connection,
				"delete from indicator i where exists (select 1 from indicator_alias a where a.code = i.code)");
		changed += DerivedFigures.derive(this.connection);
		long version = ImportTransaction.dataVersion(this.connection, changed > 0);
		DerivedFigures.recordRun(this.connection, version, changed > 0);
		for (Map.Entry<String, String> part : dataset.datasets().entrySet()) {
			ImportTransaction.record(this.connection, part.getKey(), checksums.get(part.getKey()), part.getValue(),
					count(dataset, part.getKey()), changed > 0);
		}
		return result(dataset, changed > 0, false, version);
	}

	/**
	 * The checksum of what each dataset writes: its figures and the indicators they
	 * belong to, so a changed alias or definition counts as a change too.
	 */
	private static Map<String, String> checksums(IndicatorDataset dataset) {
		Map<String, IndicatorRecord> indicators = new java.util.HashMap<>();
		dataset.indicators().forEach((indicator) -> indicators.put(indicator.code(), indicator));
		Map<String, String> checksums = new java.util.LinkedHashMap<>();
		for (String key : dataset.datasets().keySet()) {
			List<FigureRecord> figures = dataset.figures()
				.stream()
				.filter((figure) -> figure.dataset().equals(key))
				.sorted(Comparator.comparing(FigureRecord::indicatorCode)
					.thenComparing(FigureRecord::areaCode)
					.thenComparing(FigureRecord::period))
				.toList();
			List<IndicatorRecord> used = figures.stream()
				.map(FigureRecord::indicatorCode)
				.distinct()
				.map(indicators::get)
				.toList();
			checksums.put(key, ImportTransaction.sha256(FORMAT, key, figures.toString(), used.toString(),
					dataset.sources().toString(), dataset.aliases().toString()));
		}
		return checksums;
	}

	private boolean alreadyImported(IndicatorDataset dataset, Map<String, String> checksums) throws SQLException {
		for (String key : dataset.datasets().keySet()) {
			ImportTransaction.LoggedImport latest = ImportTransaction.latest(this.connection, key);
			int present = Sql.queryOne(this.connection, "select count(*)::int from indicator_value where dataset = ?",
					(row) -> row.getInt(1), key);
			if (latest == null || !latest.checksum().equals(checksums.get(key)) || latest.count() != present) {
				return false;
			}
		}
		return true;
	}

	private int writeIndicators(java.util.Collection<IndicatorRecord> indicators) throws SQLException {
		return Sql.batch(this.connection, """
				insert into indicator (code, label, unit, theme, higher_is_better, description, source_id, value_kind,
				                       label_en, aggregation, weight_indicator_code)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (code) do update set label = excluded.label, unit = excluded.unit, theme = excluded.theme,
				    higher_is_better = excluded.higher_is_better, description = excluded.description,
				    source_id = excluded.source_id, value_kind = excluded.value_kind, label_en = excluded.label_en,
				    aggregation = excluded.aggregation, weight_indicator_code = excluded.weight_indicator_code
				where (indicator.label, indicator.unit, indicator.theme, indicator.higher_is_better,
				       indicator.description, indicator.source_id, indicator.value_kind, indicator.label_en,
				       indicator.aggregation, indicator.weight_indicator_code)
				    is distinct from (excluded.label, excluded.unit, excluded.theme, excluded.higher_is_better,
				       excluded.description, excluded.source_id, excluded.value_kind, excluded.label_en,
				       excluded.aggregation, excluded.weight_indicator_code)
				""", indicators, (indicator) -> new Object[] { indicator.code(), indicator.label(), indicator.unit(),
				indicator.theme(), indicator.higherIsBetter(), indicator.description(), indicator.sourceId(),
				indicator.valueKind(), indicator.labelEn(), indicator.aggregation(), indicator.weightIndicator() });
	}

	private int writeAliases(IndicatorDataset dataset) throws SQLException {
		return Sql.batch(this.connection, """
				insert into indicator_alias (code, indicator_code, note) values (?, ?, ?)
				on conflict (code) do update set indicator_code = excluded.indicator_code, note = excluded.note
				where (indicator_alias.indicator_code, indicator_alias.note)
				    is distinct from (excluded.indicator_code, excluded.note)
				""", dataset.aliases(),
				(alias) -> new Object[] { alias.alias(), alias.indicatorCode(), alias.rationale() });
	}

	private void stage(List<FigureRecord> figures) throws SQLException {
		Sql.update(this.connection, "create temp table import_figure (indicator_code text not null, "
				+ "area_code text not null, period text not null, value numeric, category text, status text not null, "
				+ "source_id text not null, note text, dataset text not null, reliability text not null, "
				+ "reliability_note text, source_locator text, "
				+ "primary key (indicator_code, area_code, period)) on commit drop");
		Sql.batch(this.connection,
				"insert into import_figure (indicator_code, area_code, period, value, category, "
						+ "status, source_id, note, dataset, reliability, reliability_note, source_locator) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				figures,
				(figure) -> new Object[] { figure.indicatorCode(), figure.areaCode(), figure.period(), figure.value(),
						figure.category(), figure.status(), figure.sourceId(), figure.note(), figure.dataset(),
						figure.reliability(), figure.reliabilityNote(), figure.locator() });
	}

	private int writeFigures(String[] datasets) throws SQLException {
		int changed = Sql.update(this.connection, """
				insert into indicator_value (indicator_code, area_code, period, value, category, status, source_id,
				                             note, dataset, reliability, reliability_note, source_locator)
				select indicator_code, area_code, period, value, category, status, source_id, note, dataset,
				       reliability, reliability_note, source_locator
				from import_figure
				on conflict (indicator_code, area_code, period) do update set value = excluded.value,
				    category = excluded.category, status = excluded.status, source_id = excluded.source_id,
				    note = excluded.note, dataset = excluded.dataset, reliability = excluded.reliability,
				    reliability_note = excluded.reliability_note, source_locator = excluded.source_locator,
				    derivation_method = null,
				    derivation_input_level = null, derivation_input_count = null, derivation_weight_code = null,
				    derivation_source_ids = null
				where (indicator_value.value, indicator_value.category, indicator_value.status,
				       indicator_value.source_id, indicator_value.note, indicator_value.dataset,
				       indicator_value.reliability, indicator_value.reliability_note, indicator_value.source_locator)
				    is distinct from (excluded.value, excluded.category, excluded.status, excluded.source_id,
				       excluded.note, excluded.dataset, excluded.reliability, excluded.reliability_note,
				       excluded.source_locator)
				""");
		changed += Sql.update(this.connection, """
				delete from indicator_value v where v.dataset = any(?) and not exists (
				    select 1 from import_figure f where f.indicator_code = v.indicator_code
				      and f.area_code = v.area_code and f.period = v.period)
				""", this.connection.createArrayOf("text", datasets));
		return changed;
	}

	private static int count(IndicatorDataset dataset, String key) {
		return (int) dataset.figures().stream().filter((figure) -> figure.dataset().equals(key)).count();
	}

	private static IndicatorImportResult result(IndicatorDataset dataset, boolean changed, boolean skipped,
			long version) {
		return new IndicatorImportResult(List.copyOf(dataset.datasets().keySet()), dataset.indicators().size(),
				dataset.figures().size(),
				(int) dataset.figures().stream().filter((figure) -> "PRESENT".equals(figure.status())).count(),
				dataset.ignoredColumns(), changed, skipped, version);
	}

}
