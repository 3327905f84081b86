package com.orderplatform.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends a large body over a raw socket while reading the answer, to see how much of the
 * body a server takes before it answers: a server that refuses a too-large body early
 * answers while most of it is still unsent.
 */
public final class LargeBody {

	private static final int BLOCK = 64 * 1024;

	private LargeBody() {
	}

	/**
	 * What happened.
	 *
	 * @param status the status code of the answer
	 * @param sentBeforeAnswer how many body bytes had been written when the status line
	 * arrived
	 */
	public record Outcome(int status, long sentBeforeAnswer) {
	}

	/**
	 * Sends {@code size} bytes of {@code 'x'} as the body.
	 * @see #send(int, String, String, Map, byte[], long, boolean, long)
	 * @param port the port on localhost
	 * @param method the method
	 * @param target the request target
	 * @param headers the headers, e.g. {@code Content-Type}
	 * @param size the body's size
	 * @param declared send {@code Content-Length: declaredLength}; otherwise the body is
	 * sent chunked
	 * @param declaredLength the length declared (may lie), used when {@code declared}
	 * @return the outcome
	 */
	public static Outcome send(int port, String method, String target, Map<String, String> headers, long size,
			boolean declared, long declaredLength) {
		return send(port, method, target, headers, new byte[0], size, declared, declaredLength);
	}

	/**
	 * Sends the prefix, then {@code size} bytes of {@code 'x'}, as the body.
	 * @param port the port on localhost
	 * @param method the method
	 * @param target the request target
	 * @param headers the headers, e.g. {@code Content-Type}
	 * @param prefix what the body starts with (e.g. a multipart part's head)
	 * @param size the number of {@code 'x'} after it
	 * @param declared send {@code Content-Length: declaredLength}; otherwise the body is
	 * sent chunked
	 * @param declaredLength the length declared (may lie), used when {@code declared}
	 * @return the outcome
	 */
	public static Outcome send(int port, String method, String target, Map<String, String> headers, byte[] prefix,
			long size, boolean declared, long declaredLength) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
			socket.setSoTimeout(30_000);
			StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n");
			headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
			head.append(declared ? "Content-Length: " + declaredLength : "Transfer-Encoding: chunked")
				.append("\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			AtomicLong sent = new AtomicLong();
			CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> write(out, prefix, size, declared, sent));
			InputStream in = socket.getInputStream();
			int status = RawHttp.readStatus(in);
			long sentBeforeAnswer = sent.get();
			socket.close();
			writer.exceptionally(ex -> null).join();
			return new Outcome(status, sentBeforeAnswer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(OutputStream out, byte[] prefix, long size, boolean declared, AtomicLong sent) {
		byte[] block = "x".repeat(BLOCK).getBytes(StandardCharsets.US_ASCII);
		byte[] chunkHead = (Integer.toHexString(BLOCK) + "\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
		try {
			if (prefix.length > 0) {
				if (!declared) {
					out.write((Integer.toHexString(prefix.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
				}
				out.write(prefix);
				if (!declared) {
					out.write(crlf);
				}
				sent.addAndGet(prefix.length);
			}
			while (sent.get() < size) {
				if (!declared) {
					out.write(chunkHead);
				}
				out.write(block);
				if (!declared) {
					out.write(crlf);
				}
				sent.addAndGet(BLOCK);
			}
			if (!declared) {
				out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			}
			out.flush();
		}
		catch (IOException closedByTheServer) {
			// The server answered and closed the connection: what we wanted to see.
		}
	}

}
