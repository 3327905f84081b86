package com.orderplatform.order.bulkimport.job;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import com.orderplatform.order.bulkimport.ImportProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored uploads are owner-only, and partial uploads a crash left behind are deleted once
 * an hour old (at start-up and on each sweep), never a live one.
 */
class ImportFilesTests {

	private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	@TempDir
	Path tmp;

	@Test
	void keepsTheStorageDirectoryAndEveryStoredFileOwnerOnly() throws IOException {
		Path storage = this.tmp.resolve("data/imports");
		ImportFiles files = files(storage);

		ImportFiles.Upload upload = files.receive(new ByteArrayInputStream("a,b\n".getBytes(StandardCharsets.UTF_8)));
		String partPermissions = permissions(upload.file());
		files.keep(upload, "job-1");
		Path kept = storage.resolve("job-1.csv");

		assertThat(permissions(this.tmp.resolve("data"))).isEqualTo("rwx------");
		assertThat(permissions(storage)).isEqualTo("rwx------");
		assertThat(upload.file().getFileName().toString()).startsWith("upload-").endsWith(".part");
		assertThat(partPermissions).isEqualTo("rw-------");
		assertThat(kept).isEqualTo(storage.resolve("job-1.csv")).hasContent("a,b");
		assertThat(permissions(kept)).isEqualTo("rw-------");
	}

	@Test
	void deletesPartialUploadsOlderThanAnHourAtStartUpAndOnEachSweep() throws IOException {
		// given a storage directory with partial uploads of both ages and other files
		Path storage = Files.createDirectories(this.tmp.resolve("imports"));
		Path abandoned = file(storage, "upload-1.part", NOW.minus(61, ChronoUnit.MINUTES));
		Path live = file(storage, "upload-2.part", NOW.minus(59, ChronoUnit.MINUTES));
		Path oldJobFile = file(storage, "job-1.csv", NOW.minus(3, ChronoUnit.DAYS));
		Path otherPart = file(storage, "notes.part", NOW.minus(3, ChronoUnit.DAYS));

		// when the service starts
		ImportFiles files = files(storage);

		// then only the abandoned one is gone
		assertThat(abandoned).doesNotExist();
		assertThat(live).exists();
		assertThat(oldJobFile).exists();
		assertThat(otherPart).exists();

		// when the live one is left behind too and the sweep runs two minutes later
		ImportFiles later = new ImportFiles(properties(storage), new MockEnvironment(),
				Clock.offset(this.clock, Duration.ofMinutes(2)));
		Path fresh = file(storage, "upload-3.part", NOW);

		assertThat(later.deleteAbandonedUploads()).isZero();
		assertThat(live).doesNotExist();
		assertThat(fresh).exists();
		assertThat(files.deleteAbandonedUploads()).isZero();
	}

	private ImportFiles files(Path storage) {
		return new ImportFiles(properties(storage), new MockEnvironment(), this.clock);
	}

	private static ImportProperties properties(Path storage) {
		return new ImportProperties(storage, DataSize.ofMegabytes(1), 100, 1, 10, Duration.ofMinutes(2),
				Duration.ofSeconds(2), "", URI.create("http://localhost:5173"), Duration.ofDays(30),
				Duration.ofHours(1), 10, null, true);
	}

	private static Path file(Path dir, String name, Instant modified) throws IOException {
		Path file = Files.writeString(dir.resolve(name), "x");
		Files.setLastModifiedTime(file, FileTime.from(modified));
		return file;
	}

	private static String permissions(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

}
