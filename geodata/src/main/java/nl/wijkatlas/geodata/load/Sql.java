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

	private Sql() {
	}

	public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(connection, sql, parameters)) {
			return statement.executeUpdate();
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
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			return statement;
		}
		catch (SQLException ex) {
			statement.close();
			throw ex;
		}
	}

}
