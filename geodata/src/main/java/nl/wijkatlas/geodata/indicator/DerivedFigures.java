package nl.wijkatlas.geodata.indicator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import nl.wijkatlas.geodata.SourceRecord;
import nl.wijkatlas.geodata.load.ImportTransaction;
import nl.wijkatlas.geodata.load.Sql;

/**
 * Figures derived for an area that has none of its own, from the areas below it: a wijk
 * from its buurten, a stadsdeel from its wijken, a gemeente from its wijken, a gebied
 * from the buurten it is built from. Only indicators that say how ({@code aggregation})
 * are derived: counts are summed; shares and averages are averaged, weighted by the
 * figure of their denominator ({@code weight_indicator_code}) in the same area and
 * period.
 * <p>
 * A figure is derived only from a complete set: every area below has a present, normal
 * figure (and weight) for that period — never from a missing, suppressed or
 * few-respondents figure. A derived figure never replaces a published one; a published
 * figure imported later replaces the derived one. Each derived figure cites a DERIVED
 * source, says how it was made (method, input level and count, weight) and lists the
 * sources of its inputs.
 * <p>
 * Runs inside the indicator import's transaction, so figures and what is derived from
 * them always agree; it rewrites only what differs.
 */
final class DerivedFigures {

	static final String DATASET = "derived/aggregates";

	static final SourceRecord SUM = new SourceRecord("derived-sum-of-areas-below", "DERIVED",
			"Berekend door Wijkatlas: som van de gebieden eronder", "Wijkatlas", null, null, null, null,
			"The sum of the published figures of every area one level below (buurten for a wijk or gebied, wijken "
					+ "for a stadsdeel or gemeente), only when each of them has a figure for the period. The "
					+ "figures' own sources are listed with each value.")
		.withTitleEn("Computed by the Wijkatlas: sum of the areas below");

	static final SourceRecord WEIGHTED_MEAN = new SourceRecord("derived-weighted-mean-of-areas-below", "DERIVED",
			"Berekend door Wijkatlas: gewogen gemiddelde van de gebieden eronder", "Wijkatlas", null, null, null, null,
			"The mean of the published figures of every area one level below, each weighted by its denominator "
					+ "(e.g. a share of dwellings by the number of dwellings), only when each of them has the figure "
					+ "and its weight for the period. The figures' own sources are listed with each value.")
		.withTitleEn("Computed by the Wijkatlas: weighted mean of the areas below");

	/**
	 * Which areas an area is derived from, per level of the area, in the order the levels
	 * are derived (a stadsdeel may use wijken that were derived from their buurten), and
	 * whether the member belongs to it only provisionally (a wijk that no source places
	 * in its stadsdeel): the derived figure says so.
	 */
	private static final List<String> MEMBERS = List.of("""
			select w.code as parent, 'BUURT' as input_level, b.code as child, false as provisional
			from area w join area b on b.parent_code = w.code and b.level = 'BUURT'
			where w.level = 'WIJK'
			""", """
			select s.code as parent, 'WIJK' as input_level, w.code as child, w.provisional
			from area s join area w on w.parent_code = s.code and w.level = 'WIJK'
			where s.level = 'STADSDEEL'
			""", """
			select g.code as parent, 'WIJK' as input_level, w.code as child, false as provisional
			from area g join area w on w.gemeente_code = g.code and w.level = 'WIJK'
			where g.level = 'GEMEENTE'
			""", """
			select gb.gebied_code as parent, 'BUURT' as input_level, gb.buurt_code as child, false as provisional
			from gebied_buurt gb
			""");

	private DerivedFigures() {
	}

	/**
	 * Whether nothing was imported since the figures were last derived: the data version
	 * is the one the last run recorded. Then a start-up that finds every dataset imported
	 * skips the derivation too.
	 */
	static boolean upToDate(Connection connection) throws SQLException {
		ImportTransaction.LoggedImport last = ImportTransaction.latest(connection, DATASET);
		return last != null && last.checksum().equals("v" + ImportTransaction.dataVersion(connection, false));
	}

	/**
	 * Records a run in the import log, with the data version after it.
	 * @param connection the import transaction's connection
	 * @param version the data version after the import
	 * @param changed whether the import changed anything
	 */
	static void recordRun(Connection connection, long version, boolean changed) throws SQLException {
		int count = Sql.queryOne(connection, "select count(*)::int from indicator_value where dataset = ?",
				(row) -> row.getInt(1), DATASET);
		ImportTransaction.record(connection, DATASET, "v" + version, "(derived from the figures of the areas below)",
				count, changed);
	}

	/**
	 * Derives every figure that can be derived and removes derived figures that no longer
	 * can.
	 * @param connection the import transaction's connection
	 * @return how many rows changed
	 */
	static int derive(Connection connection) throws SQLException {
		int changed = ImportTransaction.writeSources(connection, List.of(SUM, WEIGHTED_MEAN));
		Sql.update(connection, "create temp table derived_key (indicator_code text, area_code text, period text, "
				+ "primary key (indicator_code, area_code, period)) on commit drop");
		for (String members : MEMBERS) {
			changed += derive(connection, members);
		}
		changed += Sql.update(connection, """
				delete from indicator_value v where v.dataset = ? and not exists (
				    select 1 from derived_key k where k.indicator_code = v.indicator_code
				      and k.area_code = v.area_code and k.period = v.period)
				""", DATASET);
		Sql.update(connection, "drop table derived_key");
		return changed;
	}

	private static int derive(Connection connection, String members) throws SQLException {
		Sql.update(connection, "create temp table derived_figure on commit drop as " + """
				with member as (%s),
				size as (select parent, input_level, count(*) as n from member group by parent, input_level),
				-- Published figures, and figures derived in this run (a stale derived figure is no input).
				usable as (
				    select v.indicator_code, v.area_code, v.period, v.value, v.status, v.reliability, v.source_id,
				           v.derivation_method, v.derivation_source_ids
				    from indicator_value v
				    where v.indicator_code in (select code from indicator where aggregation is not null
				                               union select weight_indicator_code from indicator)
				      and (v.derivation_method is null
				           or exists (select 1 from derived_key k where k.indicator_code = v.indicator_code
				                        and k.area_code = v.area_code and k.period = v.period))
				),
				input as (
				    select i.code as indicator_code, i.aggregation, i.weight_indicator_code, m.parent, m.input_level,
				           v.period, v.value, w.value as weight, v.area_code,
				           v.status = 'PRESENT' and v.reliability = 'NORMAL' and v.value is not null
				             and (i.aggregation = 'SUM'
				                  or (w.status = 'PRESENT' and w.reliability = 'NORMAL' and w.value > 0)) as ok,
				           case when v.derivation_method is null then array[v.source_id]
				                else v.derivation_source_ids end
				           || case when w.indicator_code is null then array[]::text[]
				                   when w.derivation_method is null then array[w.source_id]
				                   else w.derivation_source_ids end as sources
				    from indicator i
				    join usable v on v.indicator_code = i.code
				    join member m on m.child = v.area_code
				    left join usable w on w.indicator_code = i.weight_indicator_code and w.area_code = v.area_code
				                      and w.period = v.period
				    where i.aggregation is not null
				),
				candidate as (
				    select indicator_code, aggregation, weight_indicator_code, parent, input_level, period,
				           count(*) filter (where ok) as n_ok,
				           case when aggregation = 'SUM' then sum(value)
				                else round(sum(value * weight) / sum(weight), greatest(max(scale(value)), 1)) end
				               as value
				    from input
				    group by indicator_code, aggregation, weight_indicator_code, parent, input_level, period
				),
				-- Grouped once, not per candidate: a correlated subquery here scanned the inputs
				-- for every derived figure.
				input_source as (
				    select x.indicator_code, x.parent, x.input_level, x.period,
				           array_agg(distinct src order by src) as source_ids
				    from input x cross join unnest(x.sources) src
				    group by x.indicator_code, x.parent, x.input_level, x.period
				),
				provisional as (
				    select parent, input_level, count(*) filter (where provisional)::int as n
				    from member group by parent, input_level
				)
				select c.indicator_code, c.parent as area_code, c.period, c.value, c.aggregation, c.input_level,
				       s.n::int as input_count, c.weight_indicator_code, i.source_ids,
				       pr.n as provisional_inputs
				from candidate c
				join size s on s.parent = c.parent and s.input_level = c.input_level
				join input_source i on i.indicator_code = c.indicator_code and i.parent = c.parent
				                   and i.input_level = c.input_level and i.period = c.period
				join provisional pr on pr.parent = c.parent and pr.input_level = c.input_level
				where c.n_ok = s.n
				  and not exists (select 1 from indicator_value p where p.indicator_code = c.indicator_code
				                    and p.area_code = c.parent and p.period = c.period
				                    and p.derivation_method is null)
				""".formatted(members));
		int changed = Sql.update(connection, """
				insert into indicator_value (indicator_code, area_code, period, value, status, source_id, note, dataset,
				                             reliability, derivation_method, derivation_input_level,
				                             derivation_input_count, derivation_weight_code, derivation_source_ids)
				select indicator_code, area_code, period, value, 'PRESENT',
				       case when aggregation = 'SUM' then ? else ? end,
				       case when provisional_inputs > 0 then provisional_inputs || ' van de ' || input_count
				            || ' wijken zijn zonder bron, voorlopig, bij dit stadsdeel ingedeeld' end,
				       ?, 'NORMAL', aggregation, input_level, input_count, weight_indicator_code, source_ids
				from derived_figure
				on conflict (indicator_code, area_code, period) do update set value = excluded.value,
				    category = null, status = excluded.status, source_id = excluded.source_id, note = excluded.note,
				    dataset = excluded.dataset, reliability = excluded.reliability, reliability_note = null,
				    derivation_method = excluded.derivation_method,
				    derivation_input_level = excluded.derivation_input_level,
				    derivation_input_count = excluded.derivation_input_count,
				    derivation_weight_code = excluded.derivation_weight_code,
				    derivation_source_ids = excluded.derivation_source_ids
				where indicator_value.derivation_method is not null
				  and (indicator_value.value, indicator_value.source_id, indicator_value.note,
				       indicator_value.derivation_method, indicator_value.derivation_input_level,
				       indicator_value.derivation_input_count, indicator_value.derivation_weight_code,
				       indicator_value.derivation_source_ids)
				    is distinct from (excluded.value, excluded.source_id, excluded.note, excluded.derivation_method,
				       excluded.derivation_input_level, excluded.derivation_input_count,
				       excluded.derivation_weight_code, excluded.derivation_source_ids)
				""", SUM.id(), WEIGHTED_MEAN.id(), DATASET);
		Sql.update(connection, """
				insert into derived_key select indicator_code, area_code, period from derived_figure
				on conflict do nothing
				""");
		Sql.update(connection, "drop table derived_figure");
		return changed;
	}

}
