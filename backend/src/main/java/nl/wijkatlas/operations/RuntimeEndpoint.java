package nl.wijkatlas.operations;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/runtime} on the management port: JVM heap, threads and
 * connection-pool figures for the load command, in one small object. It lives on the
 * management server (bound to loopback), not on the public port, so who may read it is
 * decided by the socket the request arrived on, not by any forwarded header a client can
 * write. It does not run a garbage collection: the figures are as they are, and a call
 * costs nothing.
 */
@Component
@Endpoint(id = "runtime")
class RuntimeEndpoint {

	private final DataSource dataSource;

	RuntimeEndpoint(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@ReadOperation
	Map<String, Object> runtime() {
		MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("heapUsedMb", heap.getUsed() / (1024 * 1024));
		body.put("heapCommittedMb", heap.getCommitted() / (1024 * 1024));
		body.put("heapMaxMb", heap.getMax() / (1024 * 1024));
		body.put("threads", ManagementFactory.getThreadMXBean().getThreadCount());
		HikariPoolMXBean pool = pool();
		if (pool != null) {
			body.put("poolActive", pool.getActiveConnections());
			body.put("poolIdle", pool.getIdleConnections());
			body.put("poolTotal", pool.getTotalConnections());
			body.put("poolWaiting", pool.getThreadsAwaitingConnection());
		}
		return body;
	}

	private HikariPoolMXBean pool() {
		try {
			return this.dataSource.isWrapperFor(HikariDataSource.class)
					? this.dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean() : null;
		}
		catch (SQLException ex) {
			return null;
		}
	}

}
