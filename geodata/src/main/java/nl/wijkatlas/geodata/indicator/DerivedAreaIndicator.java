package nl.wijkatlas.geodata.indicator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.SourceRecord;
import nl.wijkatlas.geodata.load.ImportTransaction;
import nl.wijkatlas.geodata.load.Sql;

/**
 * The one indicator computed rather than imported: the area of every area, of every
 * level, in hectares, from its current boundary (PostGIS {@code ST_Area} in RD New), with
 * the boundary year as its period. Re-run it after the areas or gebieden change; it
 * rewrites only what differs and logs an import only when something changed.
 */
public final class DerivedAreaIndicator {

	public static final String CODE = "oppervlakte_grens_ha";

	static final String DATASET = "derived/" + CODE;

	static final SourceRecord SOURCE = new SourceRecord("derived-area-from-boundary", "DERIVED",
			"Berekend door Wijkatlas: oppervlakte binnen de gebiedsgrens", "Wijkatlas, from CBS / Kadaster data",
			"https://www.pdok.nl/introductie/-/article/cbs-wijken-en-buurten", null, "CC BY 4.0",
			"Kadaster / Centraal Bureau voor de Statistiek",
			"ST_Area of the current boundary in RD New (EPSG:28992), in hectares rounded to 0.1 ha. The bundled "
					+ "boundaries are generalised, so this differs from the official CBS areas (OppervlakteTotaal), "
					+ "and it includes water.")
		.withTitleEn("Computed by the Wijkatlas: area within the boundary");

	private static final IndicatorRecord INDICATOR = new IndicatorRecord(CODE, "Oppervlakte binnen de grens (berekend)",
			"ha", "ruimte", null,
			"Area within the boundary as Wijkatlas draws it, computed from the geometry; for every level, "
					+ "gebieden included. Not the CBS figure: see the source.",
			SOURCE.id(), "NUMBER", "Area within the boundary (computed)", null, null);

	private DerivedAreaIndicator() {
	}

	/**
	 * Computes the indicator for every area with a current boundary.
	 * @param dataSource the database
	 * @return how many figures changed
	 */
	public static int importInto(DataSource dataSource) {
		return ImportTransaction.run(dataSource, DATASET, DerivedAreaIndicator::compute);
	}

	private static int compute(Connection connection) throws SQLException {
		int changed = ImportTransaction.writeSources(connection, List.of(SOURCE));
		changed += Sql.update(connection, """
				insert into indicator (code, label, unit, theme, higher_is_better, description, source_id, value_kind,
				                       label_en)
				values (?, ?, ?, ?, null, ?, ?, ?, ?)
				on conflict (code) do update set label = excluded.label, unit = excluded.unit, theme = excluded.theme,
				    higher_is_better = excluded.higher_is_better, description = excluded.description,
				    source_id = excluded.source_id, value_kind = excluded.value_kind, label_en = excluded.label_en
				where (indicator.label, indicator.unit, indicator.theme, indicator.higher_is_better,
				       indicator.description, indicator.source_id, indicator.value_kind, indicator.label_en)
				    is distinct from (excluded.label, excluded.unit, excluded.theme, excluded.higher_is_better,
				       excluded.description, excluded.source_id, excluded.value_kind, excluded.label_en)
				""", INDICATOR.code(), INDICATOR.label(), INDICATOR.unit(), INDICATOR.theme(), INDICATOR.description(),
				INDICATOR.sourceId(), INDICATOR.valueKind(), INDICATOR.labelEn());
		changed += Sql.update(connection, """
				insert into indicator_value (indicator_code, area_code, period, value, status, source_id, dataset)
				select ?, b.area_code, b.boundary_year::text, round((b.area_m2 / 10000)::numeric, 1), 'PRESENT', ?, ?
				from area_boundary b where b.is_current
				on conflict (indicator_code, area_code, period) do update set value = excluded.value,
				    category = null, status = excluded.status, source_id = excluded.source_id, note = null,
				    dataset = excluded.dataset
				where (indicator_value.value, indicator_value.category, indicator_value.status,
				       indicator_value.source_id, indicator_value.note, indicator_value.dataset)
				    is distinct from (excluded.value, null, excluded.status, excluded.source_id, null,
				       excluded.dataset)
				""", CODE, SOURCE.id(), DATASET);
		changed += Sql.update(connection, """
				delete from indicator_value v where v.dataset = ? and not exists (
				    select 1 from area_boundary b where b.is_current and b.area_code = v.area_code
				      and b.boundary_year::text = v.period)
				""", DATASET);
		long version = ImportTransaction.dataVersion(connection, changed > 0);
		if (changed > 0) {
			int count = Sql.queryOne(connection, "select count(*)::int from indicator_value where dataset = ?",
					(row) -> row.getInt(1), DATASET);
			ImportTransaction.record(connection, DATASET, "v" + version, "(computed from area_boundary)", count, true);
		}
		return changed;
	}

}
