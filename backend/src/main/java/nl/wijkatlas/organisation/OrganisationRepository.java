package nl.wijkatlas.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import nl.wijkatlas.graphql.KeysetTable;
import nl.wijkatlas.jdbc.Rows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganisationRepository extends KeysetTable<Organisation> {

	private static final String COLUMNS = """
			o.id, o.name, o.kind, o.address, o.email, o.phone, o.website, o.historical, o.source_id, o.locator, o.note,
			array(select area_code from organisation_area x where x.organisation_id = o.id and x.role = 'LOCATED'
			      order by area_code) as area_codes,
			array(select area_code from organisation_area x where x.organisation_id = o.id and x.role = 'SERVES'
			      order by area_code) as service_area_codes
			""";

	private static final String FILTER = """
			(cast(:kind as text) is null or o.kind = :kind)
			and (cast(:area as text) is null or exists (select 1 from organisation_area oa
			     where oa.organisation_id = o.id and oa.area_code in (select code from area_scope(:area, :within))))
			""";

	/**
	 * The filter of the organisations connection: its arguments, as FILTER names them.
	 */
	record Filter(String area, boolean within, String kind) {
	}

	OrganisationRepository(JdbcClient jdbc) {
		super(jdbc, "organisation o", "o.id", COLUMNS, FILTER, OrganisationRepository::map, Organisation::id);
	}

	/**
	 * The organisations of each area. An organisation can be linked to the same area in
	 * two roles (a wijkservicepunt located in the wijk it also serves) and, with within,
	 * through several areas below the root: it is listed once per root.
	 */
	Map<String, List<Organisation>> findByAreas(List<String> codes, boolean within) {
		return findByAreas(codes, within, "join organisation o on exists (select 1 from organisation_area oa"
				+ " where oa.organisation_id = o.id and oa.area_code = scope.code)", ALL);
	}

	private static Organisation map(ResultSet rs, int row) throws SQLException {
		return new Organisation(rs.getString("id"), rs.getString("name"), rs.getString("kind"), rs.getString("address"),
				rs.getString("email"), rs.getString("phone"), rs.getString("website"), rs.getBoolean("historical"),
				Rows.texts(rs, "area_codes"), Rows.texts(rs, "service_area_codes"), rs.getString("source_id"),
				rs.getString("locator"), rs.getString("note"));
	}

}
