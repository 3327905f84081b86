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
		Path dir = Files.createDirectories(this.root.resolve("order-service/target/run"));
		Files.writeString(dir.resolve("app-jdk-25.0.0+1-LTS.aot"), "another JDK build's cache");
		jars.recordingOptions("order-service");
		// what the JVM leaves once it has written the cache
		Files.writeString(dir.resolve("app.recording.aot"), "cache");

		assertThat(jars.keepRecording("order-service")).isTrue();

		assertThat(dir.resolve(RunnableJars.AOT_CACHE)).hasContent("cache");
		assertThat(dir.resolve("app.recording.aot")).doesNotExist();
		assertThat(RunnableJars.AOT_CACHE).isNotEqualTo("app-jdk-25.0.0+1-LTS.aot");
		assertThat(dir.resolve("app-jdk-25.0.0+1-LTS.aot")).doesNotExist();
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
		Path dir = Files.createDirectories(this.root.resolve("payment-service/target/run"));
		// the JVM removes its temporary configuration only after the cache is complete
		Files.writeString(dir.resolve("app.recording.aot"), "half a cache");
		Files.writeString(dir.resolve("app.recording.aot.config"), "classes");

		assertThat(jars.keepRecording("payment-service")).isFalse();

		assertThat(dir.resolve(RunnableJars.AOT_CACHE)).doesNotExist();
		assertThat(dir.resolve("app.recording.aot")).doesNotExist();
		assertThat(dir.resolve("app.recording.aot.config")).doesNotExist();
		assertThat(jars.hasAotCache("payment-service")).isFalse();
		assertThat(jars.jvmOptions("payment-service")).containsExactly("-XX:+AutoCreateSharedArchive",
				"-XX:SharedArchiveFile=" + dir.resolve("app.jsa"), "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
	}

	@Test
	void aJarExtractedByRunPlatformShIsNotExtractedAgainSoItsCacheStays() throws Exception {
		// given a jar that ./oms run extracted (its digest written by echo, with a line
		// break) and a cache trained for it
		Path jar = Files.createDirectories(this.root.resolve("order-service/target"))
			.resolve("order-service-" + BenchPlatform.VERSION + "-exec.jar");
		Files.writeString(jar, "not a jar: extracting it would fail");
		Path dir = Files.createDirectories(this.root.resolve("order-service/target/run"));
		Files.writeString(dir.resolve(".extracted"), OrderCsvGenerator.sha256(jar) + "\n");
		Files.writeString(dir.resolve(RunnableJars.AOT_CACHE), "cache");

		// when the bench asks for the extracted jar
		Path extracted = new RunnableJars(this.root, this.root.resolve("logs")).extracted("order-service");

		// then it is the same extraction, and the cache is kept
		assertThat(extracted).isEqualTo(dir.resolve(jar.getFileName()));
		assertThat(dir.resolve(RunnableJars.AOT_CACHE)).hasContent("cache");
	}

	@Test
	void aTrainingStartRecordsBesideTheCacheAfterClearingAnEarlierRecording() throws IOException {
		RunnableJars jars = new RunnableJars(this.root, this.root.resolve("logs"));
		Path dir = Files.createDirectories(this.root.resolve("notification-service/target/run"));
		Files.writeString(dir.resolve("app.recording.aot.config"), "left by a killed run");

		assertThat(jars.recordingOptions("notification-service")).containsExactly(
				"-XX:AOTCacheOutput=" + dir.resolve("app.recording.aot"), "-Xlog:aot=off", "-Xlog:cds=off");
		assertThat(dir.resolve("app.recording.aot.config")).doesNotExist();
	}

}
