package nl.wijkatlas.graphql;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import nl.wijkatlas.area.AreaScoped;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.ReflectionUtils;

/**
 * The statements of a table that a connection pages through by its unique text key (an
 * id, a code or a slug), in one place for every feature's repository: records by key (for
 * the batch loader and the single-record query), a page after a key under the
 * connection's filter ({@link KeysetPaging}), the filter's count, and records grouped by
 * a column or by area, for batch loading. A repository extends it with its table,
 * columns, filter and row mapping, and adds the statements of its own.
 *
 * @param <T> the record a row maps to
 */
public abstract class KeysetTable<T> {

	/** The filter of a table that filters nothing: every row. */
	public static final Record ALL = new All();

	protected final JdbcClient jdbc;

	private final String table;

	private final String columns;

	private final String key;

	private final String filter;

	private final RowMapper<T> mapper;

	private final Function<T, String> keyOf;

	/**
	 * @param table the table and its alias, e.g. {@code credit c}
	 * @param key the key column with the alias, e.g. {@code c.id}; the connection's
	 * cursors are named after the column ({@code id})
	 * @param columns the select list the mapper reads
	 * @param filter the connection's condition, over named parameters that a filter
	 * record binds (see {@link #findPage})
	 * @param mapper maps a row of {@code columns}
	 * @param keyOf the key of a record
	 */
	protected KeysetTable(JdbcClient jdbc, String table, String key, String columns, String filter, RowMapper<T> mapper,
			Function<T, String> keyOf) {
		this.jdbc = jdbc;
		this.table = table;
		this.columns = columns;
		this.key = key;
		this.filter = filter;
		this.mapper = mapper;
		this.keyOf = keyOf;
	}

	/**
	 * The records with these keys, in no particular order; an unknown key is left out.
	 */
	public List<T> findByKeys(Collection<String> keys) {
		return this.jdbc.sql(select() + " where " + this.key + " = any(:keys)")
			.param("keys", keys.toArray(String[]::new))
			.query(this.mapper)
			.list();
	}

	public Optional<T> findByKey(String key) {
		return findByKeys(List.of(key)).stream().findFirst();
	}

	/**
	 * The page a client asked for, of the records that pass the filter, in key order.
	 * @param filter a record whose components are the named parameters of the table's
	 * filter, by name (e.g. {@code area}, {@code within})
	 */
	public Window<T> findPage(Record filter, ScrollSubrange subrange) {
		KeysetPaging.Page page = KeysetPaging.page(subrange, this.key.substring(this.key.indexOf('.') + 1));
		String after = (page.afterKey() != null) ? requireKey(page.afterKey()) : null;
		List<T> rows = this.jdbc
			// The first page without the key condition: the pool runs generic plans, and
			// one of (:after is null or key > :after) could not use the key's index.
			.sql(select() + " where (" + this.filter + ")"
					+ ((after != null) ? " and " + order(this.key) + " > " + order(":after") : "") + " order by "
					+ order(this.key) + " limit :limit")
			.paramSource(parameters(filter).addValue("after", after).addValue("limit", page.fetchSize()))
			.query(this.mapper)
			.list();
		return page.window(rows, this.keyOf);
	}

	/** How many records pass the filter: a connection's {@code totalCount}. */
	public int count(Record filter) {
		return this.jdbc.sql("select count(*) from " + this.table + " where " + this.filter)
			.paramSource(parameters(filter))
			.query(Integer.class)
			.single();
	}

	/**
	 * How the key sorts: the key itself, unless a table orders its keys otherwise (e.g.
	 * dotted codes as numbers).
	 * @param value the key column or the {@code :after} parameter
	 */
	protected String order(String value) {
		return value;
	}

	/**
	 * Refuses the key of a cursor that this table cannot compare (a key of another
	 * connection with the same key name); every key is fine unless a table says not.
	 */
	protected String requireKey(String afterKey) {
		return afterKey;
	}

	/**
	 * The records linked to each of the areas, keyed by area code: the table's columns
	 * over the areas' scope ({@link AreaScoped#scope}, a relation {@code scope(root,
	 * code)}), joined to the table as {@code joins} says.
	 * @param joins the joins from {@code scope} to the table, and any condition
	 * @param filter a record whose components are the named parameters of the joins
	 */
	protected Map<String, List<T>> findByAreas(List<String> codes, boolean within, String joins, Record filter) {
		return groupedBy("root",
				this.jdbc
					.sql(AreaScoped.select(within) + "scope.root, " + this.columns + " from " + AreaScoped.scope(within)
							+ " scope " + joins + " order by scope.root, " + this.key)
					.paramSource(parameters(filter).addValue("codes", codes.toArray(String[]::new))));
	}

	/**
	 * The records whose column holds one of the values, grouped by it, in key order.
	 * @param column the column with the table's alias, e.g. {@code c.part_of}
	 */
	protected Map<String, List<T>> findGroupedBy(String column, Collection<String> values) {
		return groupedBy(column.substring(column.indexOf('.') + 1),
				this.jdbc.sql(select() + " where " + column + " = any(:values) order by " + this.key)
					.param("values", values.toArray(String[]::new)));
	}

	/**
	 * The records that a statement over the table's columns reads, grouped by a column,
	 * in the statement's order.
	 */
	private Map<String, List<T>> groupedBy(String column, JdbcClient.StatementSpec statement) {
		Map<String, List<T>> result = new LinkedHashMap<>();
		statement.query((rs) -> {
			result.computeIfAbsent(rs.getString(column), (k) -> new ArrayList<>()).add(this.mapper.mapRow(rs, 0));
		});
		return result;
	}

	/** The start of a statement that reads records: their columns from the table. */
	private String select() {
		return "select " + this.columns + " from " + this.table;
	}

	/**
	 * A filter record's components, looked up and made accessible once per record class
	 * (not on every paged statement: this is on the read path of every connection).
	 */
	private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
		@Override
		protected RecordComponent[] computeValue(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			for (RecordComponent component : components) {
				ReflectionUtils.makeAccessible(component.getAccessor());
			}
			return components;
		}
	};

	/** The components of a filter record, as the named parameters of the same names. */
	private static MapSqlParameterSource parameters(Record filter) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		for (RecordComponent component : COMPONENTS.get(filter.getClass())) {
			parameters.addValue(component.getName(), ReflectionUtils.invokeMethod(component.getAccessor(), filter));
		}
		return parameters;
	}

	private record All() {
	}

}
