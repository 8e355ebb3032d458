package nl.wijkatlas.initiative;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import nl.wijkatlas.geo.LonLat;
import nl.wijkatlas.graphql.KeysetTable;
import nl.wijkatlas.jdbc.Rows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InitiativeRepository extends KeysetTable<Initiative> {

	private static final String COLUMNS = """
			i.id, i.title, i.description, i.initiator_organisation_id, ST_X(i.location) as lon, ST_Y(i.location) as lat,
			i.status, i.funding_scheme_id, i.amount, i.started_on, i.link, i.source_id, i.locator, i.note, i.version,
			array(select area_code from initiative_area x where x.initiative_id = i.id order by area_code) as area_codes
			""";

	private static final String FILTER = """
			(cast(:status as text) is null or i.status = :status)
			and (cast(:scheme as text) is null or i.funding_scheme_id = :scheme)
			and (cast(:area as text) is null or exists (select 1 from initiative_area ia
			     where ia.initiative_id = i.id and ia.area_code in (select code from area_scope(:area, :within))))
			""";

	/** The filter of the initiatives connection: its arguments, as FILTER names them. */
	record Filter(String area, boolean within, String status, String scheme) {
	}

	InitiativeRepository(JdbcClient jdbc) {
		super(jdbc, "initiative i", "i.id", COLUMNS, FILTER, InitiativeRepository::map, Initiative::id);
	}

	Map<String, List<Initiative>> findByAreas(List<String> codes, boolean within) {
		return findByAreas(codes, within,
				"join initiative_area ia on ia.area_code = scope.code join initiative i on i.id = ia.initiative_id",
				ALL);
	}

	List<InitiativeScheme> findSchemes(Collection<String> ids) {
		return this.jdbc
			.sql("select * from initiative_scheme s where cast(:all as boolean) or s.id = any(:ids) order by s.name")
			.param("all", ids == null)
			.param("ids", (ids != null) ? ids.toArray(String[]::new) : new String[0])
			.query((rs, i) -> new InitiativeScheme(rs.getString("id"), rs.getString("name"),
					rs.getString("description"), Rows.decimal(rs, "max_amount"), rs.getString("max_amount_status"),
					rs.getString("max_amount_status_quote"), Rows.decimal(rs, "max_share"),
					Rows.decimal(rs, "budget_per_year"), rs.getString("budget_scope"), Rows.texts(rs, "categories"),
					rs.getString("website"), rs.getString("source_id"), rs.getString("locator"), rs.getString("note")))
			.list();
	}

	private static Initiative map(ResultSet rs, int row) throws SQLException {
		Double lon = Rows.doubleOrNull(rs, "lon");
		LonLat location = (lon != null) ? new LonLat(lon, rs.getDouble("lat")) : null;
		return new Initiative(rs.getString("id"), rs.getString("title"), rs.getString("description"),
				rs.getString("initiator_organisation_id"), location, rs.getString("status"),
				rs.getString("funding_scheme_id"), Rows.decimal(rs, "amount"), rs.getString("started_on"),
				rs.getString("link"), Rows.texts(rs, "area_codes"), rs.getString("source_id"), rs.getString("locator"),
				rs.getString("note"), rs.getInt("version"));
	}

}
