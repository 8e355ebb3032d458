package nl.wijkatlas.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;

/**
 * The client a request is counted against. The address is the one Tomcat settled on for
 * the connection, below any wrapper: with {@code server.forward-headers-strategy=native}
 * Tomcat's RemoteIpValve has already replaced a trusted proxy's address by the right-most
 * forwarded address that is not a trusted proxy, while a forwarded header from an
 * untrusted peer changes nothing. The {@code framework} strategy's wrapper (which
 * believes the left-most entry, written by the client) is skipped, so a client cannot
 * pick a fresh address per request. An IPv6 client counts per /64: one connection usually
 * owns a whole /64 and could otherwise rotate through it.
 */
final class ClientAddress {

	private ClientAddress() {
	}

	static String of(ServletRequest request) {
		ServletRequest received = request;
		while (received instanceof ServletRequestWrapper wrapper) {
			received = wrapper.getRequest();
		}
		return key(received.getRemoteAddr());
	}

	static String key(String address) {
		if (address == null || address.isEmpty()) {
			return "unknown";
		}
		// Only literal addresses reach here (Tomcat does not resolve names unless told
		// to), so getByName parses and never asks DNS; anything else is its own key.
		if (address.indexOf(':') < 0 && !address.matches("[0-9.]+")) {
			return address;
		}
		try {
			InetAddress parsed = InetAddress.getByName(address);
			if (parsed instanceof Inet6Address) {
				byte[] bytes = parsed.getAddress();
				StringBuilder prefix = new StringBuilder(24);
				for (int i = 0; i < 8; i += 2) {
					prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
				}
				return prefix.append(":/64").toString();
			}
			return parsed.getHostAddress();
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

}
