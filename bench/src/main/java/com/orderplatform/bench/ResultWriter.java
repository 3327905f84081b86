package com.orderplatform.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link BenchReport} as JSON (for machines) and as a Markdown table (for
 * people), and sums it up in one line.
 */
public final class ResultWriter {

	static final JsonMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private static final JsonMapper COMPACT = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private ResultWriter() {
	}

	/**
	 * Writes {@code <stamp>-<mode>.json} and {@code .md} into the folder, and the same as
	 * {@code latest.json} and {@code latest.md}.
	 * @param report the report
	 * @param folder the results folder (created if missing)
	 * @return the JSON file written
	 */
	public static Path write(BenchReport report, Path folder) {
		String base = FILE_STAMP.format(report.startedAt()) + "-" + report.mode();
		String json = toJson(report);
		String markdown = toMarkdown(report, "");
		write(folder.resolve(base + ".json"), json);
		write(folder.resolve(base + ".md"), markdown);
		write(folder.resolve("latest.json"), json);
		write(folder.resolve("latest.md"), markdown);
		return folder.resolve(base + ".json");
	}

	/**
	 * Reads a report written by {@link #write}.
	 * @param json the JSON file
	 * @return the report
	 */
	public static BenchReport read(Path json) {
		try {
			return JSON.readValue(Files.readString(json, StandardCharsets.UTF_8), BenchReport.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + json, ex);
		}
	}

	/**
	 * The report as indented JSON, snake_case.
	 * @param report the report
	 * @return the JSON
	 */
	public static String toJson(BenchReport report) {
		return JSON.writeValueAsString(report) + "\n";
	}

	/**
	 * The report as a Markdown document: machine, the table of measurements with their
	 * targets, the details, then the given notes.
	 * @param report the report
	 * @param notes Markdown appended under "Notes" (empty for none)
	 * @return the document
	 */
	public static String toMarkdown(BenchReport report, String notes) {
		BenchReport.Machine machine = report.machine();
		StringBuilder md = new StringBuilder();
		md.append("# Benchmarks\n\n");
		md.append("Written by `./oms bench --")
			.append(report.mode())
			.append("` (bench module). Medians of the runs; ")
			.append("a missed target is reported, not a failure.\n\n");
		md.append("- Date: ")
			.append(DateTimeFormatter.ISO_INSTANT
				.format(report.startedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)))
			.append(", run took ")
			.append(format(report.durationSeconds()))
			.append(" s\n");
		md.append("- Machine: ")
			.append(machine.cores())
			.append(" cores, ")
			.append(machine.cpu())
			.append(", ")
			.append(format(machine.memoryMib() / 1024.0))
			.append(" GiB, ")
			.append(machine.os())
			.append("; load average at start ")
			.append(format(machine.loadAverage()))
			.append('\n');
		md.append("- JDK: ").append(machine.jdk()).append("; commit ").append(machine.commit()).append('\n');
		md.append("- Result: ")
			.append(report.succeeded() ? "every run succeeded" : "FAILED: " + String.join("; ", report.failures()))
			.append("\n\n");
		md.append("| # | measurement | median | runs | target | met |\n");
		md.append("|---|---|---:|---|---|---|\n");
		for (Measurement m : report.measurements()) {
			md.append("| ")
				.append(m.item())
				.append(" | ")
				.append(m.name())
				.append(" | ")
				.append(format(m.value()))
				.append(' ')
				.append(m.unit())
				.append(" | ")
				.append(m.runs().stream().map(ResultWriter::format).collect(Collectors.joining(", ")))
				.append(" | ")
				.append((m.target() != null) ? m.target() : "–")
				.append(" | ")
				.append((m.met() == null) ? "–" : (m.met() ? "yes" : "**no**"))
				.append(" |\n");
		}
		floorTable(md, report.measurements());
		millionSection(md, report.measurements());
		md.append("\n## Details\n\n");
		for (Measurement m : report.measurements()) {
			if (!m.details().isEmpty()) {
				md.append("- `").append(m.id()).append("`: ").append(details(m.details())).append('\n');
			}
		}
		if (!notes.isBlank()) {
			md.append("\n## Notes\n\n").append(notes.strip()).append('\n');
		}
		return md.toString();
	}

	/**
	 * The imports beside their floors ({@code <id>_x_floor} measurements, issue #14), if
	 * the run measured any.
	 */
	private static void floorTable(StringBuilder md, List<Measurement> measurements) {
		List<Measurement> ratios = measurements.stream().filter((m) -> m.id().endsWith("_x_floor")).toList();
		if (ratios.isEmpty()) {
			return;
		}
		md.append("\n## The import against its floor (issue #14)\n\n");
		md.append("The floor: the same file read with FastCSV, its valid rows written in their final state into ")
			.append("fresh databases of the same kind (schemas from the services' migrations) with one JDBC ")
			.append("writer per database, batched, a transaction per 1,000 rows, the databases in parallel; ")
			.append("no HTTP, no validation. The ratio travels between machines; seconds don't.\n\n");
		md.append("| import | import (median) | floor (median) | × floor | target | met |\n");
		md.append("|---|---:|---:|---:|---|---|\n");
		for (Measurement m : ratios) {
			md.append("| ")
				.append(m.name().replace("Bulk import ", "").replace(" / its floor", ""))
				.append(" | ")
				.append(format(number(m.details().get("import_seconds"))))
				.append(" s | ")
				.append(format(number(m.details().get("floor_seconds"))))
				.append(" s | ")
				.append(format(m.value()))
				.append(" × | ")
				.append((m.target() != null) ? m.target() : "–")
				.append(" | ")
				.append((m.met() == null) ? "–" : (m.met() ? "yes" : "**no**"))
				.append(" |\n");
		}
	}

	/**
	 * The 1,000,000-row import's memory per tenth and the job's pages at that size
	 * ({@code --million}, issue #14 item 4), if the run measured them.
	 */
	private static void millionSection(StringBuilder md, List<Measurement> measurements) {
		List<Measurement> pages = measurements.stream().filter((m) -> m.id().startsWith("import_1m_page_")).toList();
		Measurement afterGc = measurements.stream()
			.filter((m) -> m.id().equals("import_1m_heap_after_gc_mib"))
			.findFirst()
			.orElse(null);
		if (pages.isEmpty() && afterGc == null) {
			return;
		}
		md.append("\n## 1,000,000 rows (issue #14)\n\n");
		if (afterGc != null && afterGc.details().get("heap_after_gc_by_tenth_mib") instanceof List<?> tenths
				&& !tenths.isEmpty()) {
			md.append("Order service heap after GC, largest in each tenth of the import (MiB; flat figures: the ")
				.append("import keeps no more alive as the file goes on): ")
				.append(tenths.stream()
					.map((tenth) -> (tenth == null) ? "–" : format(number(tenth)))
					.collect(Collectors.joining(", ")))
				.append("\n\n");
		}
		if (!pages.isEmpty()) {
			md.append("| page | p50 | p95 | target | met |\n");
			md.append("|---|---:|---:|---|---|\n");
			for (Measurement m : pages) {
				md.append("| ")
					.append(m.name().replace(" p95 after the 1,000,000-row import", ""))
					.append(" | ")
					.append(format(number(m.details().get("p50_ms"))))
					.append(" ms | ")
					.append(format(m.value()))
					.append(" ms | ")
					.append((m.target() != null) ? m.target() : "–")
					.append(" | ")
					.append((m.met() == null) ? "–" : (m.met() ? "yes" : "**no**"))
					.append(" |\n");
			}
		}
	}

	private static double number(Object value) {
		return (value instanceof Number number) ? number.doubleValue() : Double.NaN;
	}

	/**
	 * One line for the console: every measurement's median, then where the results are.
	 * @param report the report
	 * @param json the JSON file written
	 * @return the line
	 */
	public static String summary(BenchReport report, Path json) {
		String figures = report.measurements()
			.stream()
			.map((m) -> m.id() + "=" + format(m.value()) + ((Boolean.FALSE.equals(m.met())) ? "(missed)" : ""))
			.collect(Collectors.joining(" "));
		return "bench " + report.mode() + " " + (report.succeeded() ? "ok" : "FAILED") + ": " + figures + " -> " + json;
	}

	/**
	 * A number the way the tables show it: three significant figures below 100, whole
	 * numbers with thousands separators above.
	 * @param value the number
	 * @return the text
	 */
	static String format(double value) {
		if (Double.isNaN(value)) {
			return "n/a";
		}
		double magnitude = Math.abs(value);
		if (magnitude >= 100) {
			return String.format(Locale.ROOT, "%,.0f", value);
		}
		if (magnitude >= 10) {
			return String.format(Locale.ROOT, "%.1f", value);
		}
		return String.format(Locale.ROOT, "%.2f", value);
	}

	private static String details(Map<String, Object> details) {
		return details.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + " " + detail(entry.getValue()))
			.collect(Collectors.joining(", "));
	}

	private static String detail(Object value) {
		if (value instanceof Double number) {
			return format(number);
		}
		if (value instanceof List<?> || value instanceof Map<?, ?> || value instanceof Record) {
			return COMPACT.writeValueAsString(value);
		}
		return String.valueOf(value);
	}

	static void write(Path file, String content) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

}
