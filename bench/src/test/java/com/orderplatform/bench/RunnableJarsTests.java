package com.orderplatform.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RunnableJarsTests {

	@TempDir
	Path root;

	@Test
	void aFinishedRecordingBecomesTheCacheThatLaterStartsLoad() throws IOException {
		RunnableJars jars = new RunnableJars(this.root, this.root.resolve("logs"));
		Path dir = Files.createDirectories(this.root.resolve("bench/target/run/order-service"));
		jars.recordingOptions("order-service");
		// what the JVM leaves once it has written the cache
		Files.writeString(dir.resolve("bench.recording.aot"), "cache");

		assertThat(jars.keepRecording("order-service")).isTrue();

		assertThat(dir.resolve(RunnableJars.AOT_CACHE)).hasContent("cache");
		assertThat(dir.resolve("bench.recording.aot")).doesNotExist();
		// (JDK 21 to 24 have no AOT caches, so there the services keep class-data
		// sharing)
		if (Runtime.version().feature() >= 25) {
			assertThat(jars.hasAotCache("order-service")).isTrue();
			assertThat(jars.jvmOptions("order-service")).containsExactly(
					"-XX:AOTCache=" + dir.resolve(RunnableJars.AOT_CACHE), "-Xlog:aot=off", "-Xlog:cds=off");
		}
		else {
			assertThat(jars.hasAotCache("order-service")).isFalse();
			assertThat(jars.jvmOptions("order-service")).startsWith("-XX:+AutoCreateSharedArchive");
		}
	}

	@Test
	void aRecordingCutOffBeforeTheJvmFinishedIsDroppedAndTheServiceStartsWithClassDataSharing() throws IOException {
		RunnableJars jars = new RunnableJars(this.root, this.root.resolve("logs"));
		Path dir = Files.createDirectories(this.root.resolve("bench/target/run/payment-service"));
		// the JVM removes its temporary configuration only after the cache is complete
		Files.writeString(dir.resolve("bench.recording.aot"), "half a cache");
		Files.writeString(dir.resolve("bench.recording.aot.config"), "classes");

		assertThat(jars.keepRecording("payment-service")).isFalse();

		assertThat(dir.resolve(RunnableJars.AOT_CACHE)).doesNotExist();
		assertThat(dir.resolve("bench.recording.aot")).doesNotExist();
		assertThat(dir.resolve("bench.recording.aot.config")).doesNotExist();
		assertThat(jars.hasAotCache("payment-service")).isFalse();
		assertThat(jars.jvmOptions("payment-service")).containsExactly("-XX:+AutoCreateSharedArchive",
				"-XX:SharedArchiveFile=" + dir.resolve("bench.jsa"), "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
	}

	@Test
	void aTrainingStartRecordsBesideTheCacheAfterClearingAnEarlierRecording() throws IOException {
		RunnableJars jars = new RunnableJars(this.root, this.root.resolve("logs"));
		Path dir = Files.createDirectories(this.root.resolve("bench/target/run/notification-service"));
		Files.writeString(dir.resolve("bench.recording.aot.config"), "left by a killed run");

		assertThat(jars.recordingOptions("notification-service")).containsExactly(
				"-XX:AOTCacheOutput=" + dir.resolve("bench.recording.aot"), "-Xlog:aot=off", "-Xlog:cds=off");
		assertThat(dir.resolve("bench.recording.aot.config")).doesNotExist();
	}

}
