package nl.wijkatlas.opendata;

import java.util.Arrays;
import java.util.Optional;

/**
 * The feature properties a CQL2 {@code filter} may name (OGC API – Features Part 3
 * queryables): the base properties every area has, each with the SQL column it compares.
 * The filter compiler takes column names only from here, so no text of a request ever
 * becomes SQL. The indicator properties ({@code value}, {@code status}, ...) are not
 * queryable: they exist only with {@code indicator=} and differ per request.
 */
enum Queryable {

	CODE("code", "a.code", Type.STRING, "Code",
			"The area's code, e.g. GM0193 (gemeente), WK019330 (wijk), BU01933000 (buurt); the feature id"),

	NAME("name", "a.name", Type.STRING, "Name", "The area's name, e.g. Holtenbroek IV"),

	LEVEL("level", "a.level", Type.STRING, "Level",
			"The area level: GEMEENTE, STADSDEEL, WIJK, BUURT or GEBIED (one per collection)"),

	PARENT_CODE("parent_code", "a.parent_code", Type.STRING, "Parent code",
			"The code of the area this one lies in (a buurt's wijk, a wijk's stadsdeel or gemeente); null for a gemeente"),

	BOUNDARY_YEAR("boundary_year", "b.boundary_year", Type.INTEGER, "Boundary year",
			"The year of the boundary served (CBS wijk- en buurtkaart edition)"),

	PROVISIONAL("provisional", "a.provisional", Type.BOOLEAN, "Provisional",
			"True where no public source states the area's place in the hierarchy (stadsdelen)"),

	ATTRIBUTION("attribution", "s.attribution", Type.STRING, "Attribution", "The boundary source to credit"),

	LICENCE("licence", "s.licence", Type.STRING, "Licence", "The licence of the boundary source, e.g. CC BY 4.0"),

	GEOMETRY("geometry", null, Type.GEOMETRY, "Boundary",
			"The area's current boundary (MultiPolygon); queryable by bbox, not by CQL2 (no spatial operators)");

	/** A queryable's type as JSON Schema and CQL2 see it. */
	enum Type {

		STRING("string"), INTEGER("integer"), BOOLEAN("boolean"), GEOMETRY(null);

		private final String jsonType;

		Type(String jsonType) {
			this.jsonType = jsonType;
		}

		String jsonType() {
			return this.jsonType;
		}

	}

	private final String property;

	private final String column;

	private final Type type;

	private final String title;

	private final String description;

	Queryable(String property, String column, Type type, String title, String description) {
		this.property = property;
		this.column = column;
		this.type = type;
		this.title = title;
		this.description = description;
	}

	/** The property name in GeoJSON and in filters. */
	String property() {
		return this.property;
	}

	/** The SQL expression, over the aliases of {@code AreaFeatures}'s FROM clause. */
	String column() {
		return this.column;
	}

	Type type() {
		return this.type;
	}

	String title() {
		return this.title;
	}

	String description() {
		return this.description;
	}

	static Optional<Queryable> byProperty(String property) {
		return Arrays.stream(values()).filter((q) -> q.property.equals(property)).findFirst();
	}

}
