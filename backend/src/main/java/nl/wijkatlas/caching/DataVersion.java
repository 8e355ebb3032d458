package nl.wijkatlas.caching;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database's data version ({@code data_version}, bumped by every import and mutation
 * that changes data), kept in memory: one connection of its own LISTENs on
 * {@code wijkatlas_data_version} (V6 notifies there with the new version as payload), so
 * {@link #current()} costs no query while the listener is up. Every app instance derives
 * its ETags from the same database version, so they agree. While the listener is down
 * (start-up, a lost connection) {@link #current()} reads the table: slower, never stale.
 */
@Component
public class DataVersion implements SmartLifecycle {

	static final String CHANNEL = "wijkatlas_data_version";

	private static final Log logger = LogFactory.getLog(DataVersion.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private volatile long version;

	private volatile boolean listening;

	private volatile boolean running;

	private volatile Connection connection;

	private Thread thread;

	DataVersion(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/** The current data version: from memory while listening, else from the table. */
	public long current() {
		if (this.listening) {
			return this.version;
		}
		return this.jdbc.sql("select version from data_version").query(Long.class).single();
	}

	/** Whether {@link #current()} answers from memory. */
	public boolean isListening() {
		return this.listening;
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = new Thread(this::listen, "data-version-listener");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		this.listening = false;
		Connection open = this.connection;
		if (open != null) {
			try {
				open.close();
			}
			catch (SQLException ex) {
				// closing anyway
			}
		}
		if (this.thread != null) {
			this.thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		while (this.running) {
			try (Connection open = connect()) {
				this.connection = open;
				open.setAutoCommit(true);
				try (Statement statement = open.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
					try (ResultSet rs = statement.executeQuery("select version from data_version")) {
						rs.next();
						this.version = rs.getLong(1);
					}
				}
				PGConnection pg = open.unwrap(PGConnection.class);
				this.listening = true;
				while (this.running) {
					PGNotification[] notifications = pg.getNotifications(1000);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							this.version = Math.max(this.version, Long.parseLong(notification.getParameter().trim()));
						}
					}
					if (open.isClosed()) {
						break;
					}
				}
			}
			catch (Exception ex) {
				if (this.running) {
					logger.warn("Data version listener lost its connection; reading the table until it is back: " + ex);
				}
			}
			finally {
				this.listening = false;
				this.connection = null;
			}
			pause();
		}
	}

	private Connection connect() throws SQLException {
		if (this.dataSource.isWrapperFor(HikariDataSource.class)) {
			HikariDataSource hikari = this.dataSource.unwrap(HikariDataSource.class);
			return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
		}
		return this.dataSource.getConnection();
	}

	private void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
