package nl.wijkatlas.geodata.area.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.area.StadsdeelMembership;
import nl.wijkatlas.geodata.load.Sources;
import nl.wijkatlas.geodata.load.Sql;

/**
 * Puts the staged wijken in stadsdelen: first as the mapping says, then, in rounds, each
 * wijk the mapping leaves out goes to the stadsdeel with which it shares the longest
 * border, counting only wijken assigned in earlier rounds (ties go to the lowest
 * stadsdeel code). Such wijken are provisional, with a note that gives the border length.
 */
final class StadsdeelAssignment {

	// One statement per round: it reads the snapshot from before its own updates, so a
	// round
	// sees only the wijken assigned in earlier rounds.
	private static final String ADJACENCY_ROUND = """
			with borders as (
			    select u.code as wijk_code, a.stadsdeel_code,
			           sum(ST_Length(ST_Intersection(ST_Boundary(u.geom), ST_Boundary(a.geom)))) as shared
			    from import_wijk u
			    join import_wijk a on a.stadsdeel_code is not null and ST_Intersects(u.geom, a.geom)
			    where u.stadsdeel_code is null
			    group by u.code, a.stadsdeel_code
			), best as (
			    select distinct on (wijk_code) wijk_code, stadsdeel_code, shared
			    from borders where shared > 0
			    order by wijk_code, shared desc, stadsdeel_code
			)
			update import_wijk w
			set stadsdeel_code = b.stadsdeel_code, provisional = true, membership_source_id = ?,
			    membership_note = format('Assigned by adjacency: longest shared border (%s m) with stadsdeel %s; '
			        || 'no source states its stadsdeel.', round(b.shared)::bigint, s.name),
			    assigned_round = ?
			from best b join import_stadsdeel s on s.code = b.stadsdeel_code
			where w.code = b.wijk_code
			""";

	private final Connection connection;

	StadsdeelAssignment(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Assigns every staged wijk to a stadsdeel.
	 * @param mapping the stadsdeel mapping (not empty)
	 * @throws ImportException when a wijk shares no border with any assigned wijk
	 */
	void assign(List<StadsdeelMembership> mapping) throws SQLException {
		Sql.batch(this.connection, "insert into import_stadsdeel (code, name) values (?, ?) on conflict do nothing",
				mapping, (row) -> new Object[] { row.stadsdeelCode(), row.stadsdeelName() });
		Sql.batch(this.connection,
				"update import_wijk set stadsdeel_code = ?, provisional = ?, membership_source_id = ?, "
						+ "membership_note = ?, assigned_round = 0 where code = ?",
				mapping,
				(row) -> new Object[] { row.stadsdeelCode(), row.provisional(),
						(row.sourceUrl() != null) ? Sources.webId(row.sourceUrl()) : null, row.note(),
						row.wijkCode() });
		int round = 1;
		while (Sql.update(this.connection, ADJACENCY_ROUND, Sources.STADSDEEL_BY_ADJACENCY.id(), round) > 0) {
			round++;
		}
		List<String> alone = Sql.query(this.connection,
				"select code || ' ' || coalesce(name, '') from import_wijk where stadsdeel_code is null order by code",
				(row) -> row.getString(1));
		if (!alone.isEmpty()) {
			throw new ImportException("No stadsdeel for wijk " + String.join(", ", alone)
					+ ": it shares no border with any wijk that has a stadsdeel; add it to the stadsdeel mapping. "
					+ "Nothing was written");
		}
	}

}
