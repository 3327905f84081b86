package com.orderplatform.order.order;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A downstream service stood in for by a real HTTP server on a fixed port: it answers
 * every request with its usual answer unless a test scripted the next answers, and
 * records what it received. Every request also goes into a journal shared by all stubs,
 * so tests can assert the order of calls across services.
 */
public final class StubService implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String name;

	private final MockWebServer server = new MockWebServer();

	private final Function<RecordedRequest, MockResponse> usual;

	private final Queue<Function<RecordedRequest, MockResponse>> script = new ConcurrentLinkedQueue<>();

	private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

	private final List<String> journal;

	private boolean running;

	private StubService(String name, Function<RecordedRequest, MockResponse> usual, List<String> journal) {
		this.name = name;
		this.usual = usual;
		this.journal = journal;
	}

	public static StubService start(String name, int port, Function<RecordedRequest, MockResponse> usual,
			List<String> journal) {
		StubService stub = new StubService(name, usual, journal);
		stub.server.setDispatcher(new Dispatcher() {

			@Override
			public MockResponse dispatch(RecordedRequest request) {
				return stub.answer(request);
			}

		});
		try {
			stub.server.start(port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		stub.running = true;
		return stub;
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Answers the next request (after any scripted before it) with the given answer. */
	public StubService thenAnswer(Function<RecordedRequest, MockResponse> answer) {
		this.script.add(answer);
		return this;
	}

	/** Answers the next {@code times} requests with the given answer. */
	public StubService thenAnswer(int times, Function<RecordedRequest, MockResponse> answer) {
		for (int i = 0; i < times; i++) {
			thenAnswer(answer);
		}
		return this;
	}

	public List<RecordedRequest> requests() {
		return List.copyOf(this.requests);
	}

	public RecordedRequest onlyRequest() {
		assertThat(this.requests).as("requests received by %s", this.name).hasSize(1);
		return this.requests.get(0);
	}

	public static JsonNode json(RecordedRequest request) {
		return JSON.readTree(request.getBody().utf8());
	}

	/** Stops the server, so that its port refuses connections. */
	@Override
	public void close() {
		if (this.running) {
			this.server.close();
			this.running = false;
		}
	}

	private MockResponse answer(RecordedRequest request) {
		this.requests.add(request);
		this.journal.add(this.name + " " + request.getMethod() + " " + request.getTarget());
		Function<RecordedRequest, MockResponse> scripted = this.script.poll();
		MockResponse response = ((scripted != null) ? scripted : this.usual).apply(request);
		// A fresh server per test on the same port: never let the client keep a
		// connection.
		return response.newBuilder().setHeader("Connection", "close").build();
	}

}
