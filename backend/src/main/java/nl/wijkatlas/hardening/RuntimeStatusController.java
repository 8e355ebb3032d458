package nl.wijkatlas.hardening;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /admin/runtime}: JVM heap and connection-pool figures for the load command,
 * answered only to clients on this machine; everyone else gets 404. "On this machine" is
 * decided on the connection as the server received it, below any forwarded-header
 * wrapper: a loopback peer that sent no {@code X-Forwarded-For}/{@code Forwarded} (so not
 * a local proxy relaying someone else). With
 * {@code server.forward-headers-strategy=native} Tomcat has already replaced the peer by
 * the right-most address that is not a trusted proxy
 * ({@code server.tomcat.remoteip.internal-proxies}). It does not run a garbage
 * collection: the figures are as they are, and a call costs nothing.
 */
@RestController
class RuntimeStatusController {

	private final DataSource dataSource;

	RuntimeStatusController(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@GetMapping("/admin/runtime")
	ResponseEntity<Map<String, Object>> runtime(HttpServletRequest request) {
		if (!local(request)) {
			return ResponseEntity.notFound().build();
		}
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
		return ResponseEntity.ok(body);
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

	static boolean local(HttpServletRequest servletRequest) {
		ServletRequest received = servletRequest;
		while (received instanceof ServletRequestWrapper wrapper) {
			received = wrapper.getRequest();
		}
		if (!(received instanceof HttpServletRequest request)) {
			return false;
		}
		if (request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null) {
			return false;
		}
		try {
			return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
