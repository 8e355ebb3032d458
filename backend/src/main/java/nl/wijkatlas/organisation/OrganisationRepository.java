package nl.wijkatlas.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.wijkatlas.area.AreaScoped;
import nl.wijkatlas.jdbc.Rows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganisationRepository {

	private static final String COLUMNS = """
			o.id, o.name, o.kind, o.address, o.email, o.phone, o.website, o.historical, o.source_id, o.locator, o.note,
			array(select area_code from organisation_area x where x.organisation_id = o.id and x.role = 'LOCATED'
			      order by area_code) as area_codes,
			array(select area_code from organisation_area x where x.organisation_id = o.id and x.role = 'SERVES'
			      order by area_code) as service_area_codes
			""";

	private final JdbcClient jdbc;

	OrganisationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Organisation> findByIds(Collection<String> ids) {
		return this.jdbc.sql("select " + COLUMNS + " from organisation o where o.id = any(:ids)")
			.param("ids", ids.toArray(String[]::new))
			.query(OrganisationRepository::map)
			.list();
	}

	List<Organisation> findPage(String areaCode, boolean within, String kind, String afterId, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from organisation o where " + FILTER
					+ " and (cast(:after as text) is null or o.id > :after) order by o.id limit :limit")
			.param("area", areaCode)
			.param("within", within)
			.param("kind", kind)
			.param("after", afterId)
			.param("limit", limit)
			.query(OrganisationRepository::map)
			.list();
	}

	int count(String areaCode, boolean within, String kind) {
		return this.jdbc.sql("select count(*) from organisation o where " + FILTER)
			.param("area", areaCode)
			.param("within", within)
			.param("kind", kind)
			.query(Integer.class)
			.single();
	}

	Map<String, List<Organisation>> findByAreas(List<String> codes, boolean within) {
		Map<String, List<Organisation>> result = new LinkedHashMap<>();
		// An organisation can be linked to the same area in two roles (a wijkservicepunt
		// located in the wijk it also serves) and, with within, through several areas
		// below the root: it is listed once per root.
		this.jdbc
			.sql("select distinct scope.root, " + COLUMNS + " from " + AreaScoped.scope(within) + " scope"
					+ " join organisation o on exists (select 1 from organisation_area oa"
					+ " where oa.organisation_id = o.id and oa.area_code = scope.code)" + " order by scope.root, o.id")
			.param("codes", codes.toArray(String[]::new))
			.query((rs) -> {
				result.computeIfAbsent(rs.getString("root"), (k) -> new ArrayList<>()).add(map(rs, 0));
			});
		return result;
	}

	private static final String FILTER = """
			(cast(:kind as text) is null or o.kind = :kind)
			and (cast(:area as text) is null or exists (select 1 from organisation_area oa
			     where oa.organisation_id = o.id and oa.area_code in (select code from area_scope(:area, :within))))
			""";

	private static Organisation map(ResultSet rs, int row) throws SQLException {
		return new Organisation(rs.getString("id"), rs.getString("name"), rs.getString("kind"), rs.getString("address"),
				rs.getString("email"), rs.getString("phone"), rs.getString("website"), rs.getBoolean("historical"),
				Rows.texts(rs, "area_codes"), Rows.texts(rs, "service_area_codes"), rs.getString("source_id"),
				rs.getString("locator"), rs.getString("note"));
	}

}
