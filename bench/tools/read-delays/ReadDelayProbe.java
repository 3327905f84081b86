import java.io.*;
import java.net.URI;
import java.net.http.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.regex.*;

/**
 * Reads at 20 requests/s (alternating GET /api/v1/orders?limit=20 and GET
 * /api/v1/orders/{id}, latency from the scheduled send time) for an idle window, during an
 * import and for half an idle window after it, and samples every 100 ms the CPU pressure
 * and each thread's CPU and run-queue wait (/proc/PID/task/TID/stat and schedstat) of the
 * given processes. Run by run.sh; see bench/NOTES.md, "What delays reads during an import".
 */
public class ReadDelayProbe {
	static HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
	static String base, token;
	static final int RATE = 20;

	public static void main(String[] a) throws Exception {
		base = a[0];
		String password = a[1];
		Path warm = Path.of(a[2]), big = Path.of(a[3]);
		int idleSeconds = Integer.parseInt(a[4]);
		Path out = Path.of(a[5]);
		List<Integer> pids = new ArrayList<>();
		for (String p : a[6].split(",")) pids.add(Integer.parseInt(p));
		Files.createDirectories(out);
		var login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + password + "\"}")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(login.body());
		m.find();
		token = m.group(1);
		log("warm-up import");
		awaitJob(upload(warm), null);
		List<Long> ids = new ArrayList<>();
		String page = get("/api/v1/orders?limit=100");
		Matcher idm = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(page);
		while (idm.find()) ids.add(Long.parseLong(idm.group(1)));
		Sampler sampler = new Sampler(pids, out.resolve("samples.csv"));
		Thread st = Thread.ofPlatform().daemon().start(sampler);
		List<String[]> rows = Collections.synchronizedList(new ArrayList<>());
		log("idle window");
		Reader r1 = new Reader(ids, "idle", rows);
		r1.run(Duration.ofSeconds(idleSeconds), null);
		log("import with readers");
		long t0 = System.currentTimeMillis();
		String job = upload(big);
		Reader r2 = new Reader(ids, "during", rows);
		AtomicBoolean done = new AtomicBoolean();
		Thread.ofPlatform().daemon().start(() -> { try { awaitJob(job, done); } catch (Exception e) { e.printStackTrace(); done.set(true);} });
		r2.run(null, done);
		long t1 = System.currentTimeMillis();
		log("import took " + (t1 - t0) / 1000.0 + " s; idle after");
		Reader r3 = new Reader(ids, "idle", rows);
		r3.run(Duration.ofSeconds(idleSeconds / 2), null);
		sampler.stop = true;
		st.join();
		try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("reads.csv")))) {
			w.println("window,endpoint,start_ms,latency_ms");
			synchronized (rows) { for (String[] row : rows) w.println(String.join(",", row)); }
		}
		Files.writeString(out.resolve("window.txt"), t0 + " " + t1 + "\n");
		summary(rows, (t1 - t0) / 1000.0, r1.errors.get() + r2.errors.get() + r3.errors.get());
	}

	static void summary(List<String[]> rows, double seconds, int errors) {
		System.out.printf("import %.1f s, errors %d%n", seconds, errors);
		for (String ep : List.of("list", "byid")) {
			double[] idle = lat(rows, "idle", ep), during = lat(rows, "during", ep);
			System.out.printf("%-5s idle n=%4d p50 %6.1f p95 %6.1f p99 %6.1f max %6.1f | during n=%4d p50 %6.1f p95 %6.1f p99 %6.1f max %6.1f | p95 x%.2f%n",
					ep, idle.length, p(idle, 50), p(idle, 95), p(idle, 99), p(idle, 100), during.length, p(during, 50),
					p(during, 95), p(during, 99), p(during, 100), p(during, 95) / p(idle, 95));
		}
	}

	static double[] lat(List<String[]> rows, String window, String ep) {
		synchronized (rows) {
			return rows.stream().filter(r -> r[0].equals(window) && r[1].equals(ep)).mapToDouble(r -> Double.parseDouble(r[3])).sorted().toArray();
		}
	}

	static double p(double[] v, double q) {
		if (v.length == 0) return Double.NaN;
		int i = (int) Math.ceil(q / 100.0 * v.length) - 1;
		return v[Math.max(0, Math.min(v.length - 1, i))];
	}

	static class Reader {
		final List<Long> ids; final String window; final List<String[]> rows;
		final AtomicInteger errors = new AtomicInteger(), inFlight = new AtomicInteger();
		Reader(List<Long> ids, String window, List<String[]> rows) { this.ids = ids; this.window = window; this.rows = rows; }
		void run(Duration d, AtomicBoolean until) throws Exception {
			long period = 1_000_000_000L / RATE;
			long start = System.nanoTime();
			long startMs = System.currentTimeMillis();
			for (long n = 0;; n++) {
				long intended = start + n * period;
				if (d != null && intended - start >= d.toNanos()) break;
				if (until != null && until.get()) break;
				long wait = intended - System.nanoTime();
				if (wait > 0) java.util.concurrent.locks.LockSupport.parkNanos(wait);
				boolean list = n % 2 == 0;
				String path = list ? "/api/v1/orders?limit=20" : "/api/v1/orders/" + ids.get((int) ((n / 2) % ids.size()));
				long intendedMs = startMs + (intended - start) / 1_000_000;
				inFlight.incrementAndGet();
				http.sendAsync(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET().build(),
						HttpResponse.BodyHandlers.discarding()).whenComplete((resp, fail) -> {
							long lat = System.nanoTime() - intended;
							inFlight.decrementAndGet();
							if (fail != null || resp.statusCode() != 200) { errors.incrementAndGet(); return; }
							rows.add(new String[] { window, list ? "list" : "byid", Long.toString(intendedMs), String.format(Locale.ROOT, "%.3f", lat / 1e6) });
						});
			}
			long deadline = System.nanoTime() + 30_000_000_000L;
			while (inFlight.get() > 0 && System.nanoTime() < deadline) Thread.sleep(5);
		}
	}

	/** Every 50 ms: PSI cpu some total, procs_running, and per-thread utime+stime of each pid. */
	static class Sampler implements Runnable {
		final List<Integer> pids; final Path file; volatile boolean stop;
		Sampler(List<Integer> pids, Path file) { this.pids = pids; this.file = file; }
		public void run() {
			try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
				w.println("ms,psi_some_us,procs_running,pid,tid,comm,nice,state,ticks,run_ns,wait_ns");
				while (!stop) {
					long ms = System.currentTimeMillis();
					String psi = Files.readString(Path.of("/proc/pressure/cpu")).lines().findFirst().orElse("");
					long some = Long.parseLong(psi.substring(psi.indexOf("total=") + 6).trim());
					String running = Files.readAllLines(Path.of("/proc/stat")).stream().filter(l -> l.startsWith("procs_running")).findFirst().orElse("procs_running 0").split(" ")[1];
					for (int pid : pids) {
						File[] tasks = new File("/proc/" + pid + "/task").listFiles();
						if (tasks == null) continue;
						for (File t : tasks) {
							try {
								String s = Files.readString(t.toPath().resolve("stat"));
								String comm = s.substring(s.indexOf('(') + 1, s.lastIndexOf(')')).replace(',', ' ');
								String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
								long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
								String[] ss = Files.readString(t.toPath().resolve("schedstat")).trim().split(" ");
								w.println(ms + "," + some + "," + running + "," + pid + "," + t.getName() + "," + comm + "," + f[16] + "," + f[0] + "," + ticks + "," + ss[0] + "," + ss[1]);
							} catch (IOException | RuntimeException e) { }
						}
					}
					Thread.sleep(100);
				}
			} catch (Exception e) { e.printStackTrace(); }
		}
	}

	static String upload(Path file) throws Exception {
		String boundary = "----probe" + System.nanoTime();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"force\"\r\n\r\ntrue\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"notify\"\r\n\r\nper_order\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n";
		var body = HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head.getBytes(StandardCharsets.UTF_8)),
				HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)));
		var resp = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/imports")).header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body).build(), HttpResponse.BodyHandlers.ofString());
		if (resp.statusCode() != 202) throw new IllegalStateException(resp.statusCode() + " " + resp.body());
		Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"?([^\",]+)").matcher(resp.body());
		m.find();
		return m.group(1);
	}

	static void awaitJob(String job, AtomicBoolean done) throws Exception {
		while (true) {
			String v = get("/api/v1/imports/" + job);
			if (!v.contains("\"finished_at\":null")) {
				if (done != null) done.set(true);
				log("job " + job + ": " + v.replaceAll("(?s).*?\"status\"\\s*:\\s*\"([^\"]+)\".*", "$1"));
				return;
			}
			Thread.sleep(250);
		}
	}

	static String get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body();
	}

	static void log(String s) { System.out.println(Instant.now() + " " + s); }
}
