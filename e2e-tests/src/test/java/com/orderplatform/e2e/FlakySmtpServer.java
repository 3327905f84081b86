package com.orderplatform.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal SMTP server that fails on purpose: a recipient containing {@code always-fail}
 * is refused with a transient {@code 451} every time, one containing {@code fail-twice}
 * on its first two attempts; everyone else is accepted. It records the moment of every
 * attempt (each {@code MAIL FROM}) and every message delivered.
 */
final class FlakySmtpServer implements AutoCloseable {

	private final ServerSocket socket;

	private final List<Instant> attempts = new CopyOnWriteArrayList<>();

	private final Map<String, AtomicInteger> attemptsPerRecipient = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();

	FlakySmtpServer() {
		try {
			this.socket = new ServerSocket(0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread.ofVirtual().name("flaky-smtp").start(this::accept);
	}

	int port() {
		return this.socket.getLocalPort();
	}

	List<Instant> attempts() {
		return List.copyOf(this.attempts);
	}

	int attempts(String recipient) {
		return this.attemptsPerRecipient.getOrDefault(recipient, new AtomicInteger()).get();
	}

	int delivered(String recipient) {
		return this.delivered.getOrDefault(recipient, new AtomicInteger()).get();
	}

	private void accept() {
		while (!this.socket.isClosed()) {
			try {
				Socket client = this.socket.accept();
				Thread.ofVirtual().start(() -> converse(client));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void converse(Socket client) {
		try (client;
				BufferedReader in = new BufferedReader(
						new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))) {
			OutputStream out = client.getOutputStream();
			reply(out, "220 flaky-smtp ready");
			String recipient = null;
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.toUpperCase(java.util.Locale.ROOT);
				if (command.startsWith("MAIL FROM")) {
					this.attempts.add(Instant.now());
					reply(out, "250 ok");
				}
				else if (command.startsWith("RCPT TO")) {
					recipient = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
					int attempt = this.attemptsPerRecipient.computeIfAbsent(recipient, r -> new AtomicInteger())
						.incrementAndGet();
					boolean refuse = recipient.contains("always-fail")
							|| (recipient.contains("fail-twice") && attempt <= 2);
					reply(out, refuse ? "451 4.3.0 mailbox temporarily unavailable" : "250 ok");
				}
				else if (command.equals("DATA")) {
					reply(out, "354 end with <CRLF>.<CRLF>");
					while ((line = in.readLine()) != null && !line.equals(".")) {
						// the message itself is not needed
					}
					this.delivered.computeIfAbsent(recipient, r -> new AtomicInteger()).incrementAndGet();
					reply(out, "250 queued");
				}
				else if (command.startsWith("QUIT")) {
					reply(out, "221 bye");
					return;
				}
				else {
					reply(out, "250 ok");
				}
			}
		}
		catch (IOException ex) {
			// the client hung up
		}
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() {
		try {
			this.socket.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
