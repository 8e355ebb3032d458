package nl.wijkatlas.geodata.gebied;

import nl.wijkatlas.geodata.support.TestDatabase;

/** Fingerprints of the tables the gebied and indicator imports write. */
public final class GebiedTables {

	private GebiedTables() {
	}

	/**
	 * The content of every table an import may write, with row counts: equal means the
	 * import left the data exactly as it was.
	 * @return the fingerprint
	 */
	public static String fingerprint() {
		return TestDatabase.queryString(
				"""
						select concat_ws(' ',
						  (select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by code), '')) from area t),
						  (select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by area_code, boundary_year), ''))
						     from area_boundary t),
						  (select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by area_code), '')) from gebied t),
						  (select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by gebied_code, buurt_code), ''))
						     from gebied_buurt t),
						  (select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by code), '')) from indicator t),
						  (select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by indicator_code, area_code,
						     period), '')) from indicator_value t),
						  (select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by id), '')) from source t),
						  (select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by id), '')) from dataset_import t),
						  (select version from data_version))
						""");
	}

	/**
	 * The transaction ids that last wrote each row: equal means no row was rewritten.
	 * @return the row versions
	 */
	public static String rowVersions() {
		return TestDatabase.queryString(
				"""
						select concat_ws(' ',
						  (select md5(string_agg(code || xmin::text, ',' order by code)) from area),
						  (select md5(string_agg(area_code || boundary_year || xmin::text, ',' order by area_code, boundary_year))
						     from area_boundary),
						  (select md5(coalesce(string_agg(area_code || xmin::text, ',' order by area_code), '')) from gebied),
						  (select md5(coalesce(string_agg(gebied_code || buurt_code || xmin::text, ',' order by gebied_code,
						     buurt_code), '')) from gebied_buurt),
						  (select md5(coalesce(string_agg(code || xmin::text, ',' order by code), '')) from indicator),
						  (select md5(coalesce(string_agg(indicator_code || area_code || period || xmin::text, ','
						     order by indicator_code, area_code, period), '')) from indicator_value),
						  (select md5(string_agg(id || xmin::text, ',' order by id)) from source),
						  (select xmin::text || version from data_version))
						""");
	}

}
