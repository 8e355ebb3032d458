package nl.wijkatlas.geodata.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Thin helpers over JDBC for the loader's statements. */
public final class Sql {

	@FunctionalInterface
	public interface RowMapper<T> {

		T map(ResultSet row) throws SQLException;

	}

	/** The parameters of one run of a batched statement, in order. */
	@FunctionalInterface
	public interface Parameters<T> {

		Object[] of(T item) throws SQLException;

	}

	private Sql() {
	}

	public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(connection, sql, parameters)) {
			return statement.executeUpdate();
		}
	}

	/**
	 * Runs one statement once for every item, as one JDBC batch.
	 * @return the number of rows changed (runs whose count the driver does not know count
	 * as none)
	 */
	public static <T> int batch(Connection connection, String sql, Iterable<? extends T> items,
			Parameters<? super T> parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (T item : items) {
				bind(statement, parameters.of(item));
				statement.addBatch();
			}
			int changed = 0;
			for (int count : statement.executeBatch()) {
				changed += Math.max(count, 0);
			}
			return changed;
		}
	}

	public static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
			throws SQLException {
		try (PreparedStatement statement = prepare(connection, sql, parameters);
				ResultSet rows = statement.executeQuery()) {
			List<T> result = new ArrayList<>();
			while (rows.next()) {
				result.add(mapper.map(rows));
			}
			return result;
		}
	}

	public static <T> T queryOne(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
			throws SQLException {
		List<T> rows = query(connection, sql, mapper, parameters);
		return rows.isEmpty() ? null : rows.get(0);
	}

	private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
			throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		try {
			bind(statement, parameters);
			return statement;
		}
		catch (SQLException ex) {
			statement.close();
			throw ex;
		}
	}

	private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
		for (int i = 0; i < parameters.length; i++) {
			statement.setObject(i + 1, parameters[i]);
		}
	}

}
