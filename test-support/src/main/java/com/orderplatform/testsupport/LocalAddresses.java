package com.orderplatform.testsupport;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;

/**
 * This machine's addresses, for tests of what a service listens on.
 */
public final class LocalAddresses {

	private LocalAddresses() {
	}

	/**
	 * The IPv4 addresses of interfaces that are up, other than loopback ones (what
	 * {@code ip -4 addr} lists besides 127.0.0.1).
	 * @return the addresses, maybe none
	 * @throws SocketException when the interfaces cannot be listed
	 */
	public static List<InetAddress> nonLoopbackIpv4() throws SocketException {
		return NetworkInterface.networkInterfaces()
			.filter(LocalAddresses::isUp)
			.flatMap(NetworkInterface::inetAddresses)
			.filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
			.toList();
	}

	/**
	 * Opens and closes a TCP connection.
	 * @param address where to
	 * @param port the port
	 * @return {@code true} when connected
	 * @throws IOException when the connection is refused or times out (2 s)
	 */
	public static boolean connects(InetAddress address, int port) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(address, port), 2000);
			return socket.isConnected();
		}
	}

	private static boolean isUp(NetworkInterface network) {
		try {
			return network.isUp();
		}
		catch (SocketException ex) {
			return false;
		}
	}

}
