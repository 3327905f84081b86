package com.orderplatform.order.bulkimport.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;

import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportFileException;
import com.orderplatform.order.bulkimport.ImportProperties;
import com.orderplatform.order.bulkimport.job.ImportFiles;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The object store against a real S3-compatible server (S3Proxy 2.6 in-process, a new one
 * per test over a filesystem blob store in a temporary folder): uploads arrive byte for
 * byte under {@code <prefix>/<job id>.csv} with the SHA-256 and size computed while
 * receiving, nothing stays on the local disk, readers get an owner-only copy deleted on
 * close, too-large uploads leave nothing anywhere, and a missing bucket, an unreachable
 * endpoint or wrong keys stop start-up with a message naming what to fix.
 */
class S3ImportStoreIntegrationTests {

	private static final String BUCKET = "oms-imports";

	@RegisterExtension
	final S3ProxyExtension s3 = S3ProxyExtension.builder()
		.withCredentials(S3Server.ACCESS_KEY, S3Server.SECRET_KEY)
		.build();

	@TempDir
	Path tmp;

	private S3Client client;

	private Path work;

	@BeforeEach
	void createBucket() {
		this.client = S3Server.client(this.s3.getUri(), S3Server.credentials());
		this.client.createBucket(request -> request.bucket(BUCKET));
		this.work = this.tmp.resolve("data/imports");
	}

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@Test
	void storesTheUploadByteForByteUnderThePrefixAndKeepsNothingLocally() throws IOException {
		byte[] content = new byte[300_000];
		new Random(16).nextBytes(content);
		S3ImportStore store = store("s3://" + BUCKET + "/tenant/uploads/");
		ImportFiles files = files(store, DataSize.ofMegabytes(1));

		ImportFiles.Upload upload = files.receive(new ByteArrayInputStream(content));
		files.keep(upload, "job-1");

		assertThat(upload.size()).isEqualTo(300_000);
		assertThat(upload.sha256()).isEqualTo(sha256(content));
		assertThat(keys()).containsExactly("tenant/uploads/job-1.csv");
		HeadObjectResponse head = this.client
			.headObject(request -> request.bucket(BUCKET).key("tenant/uploads/job-1.csv"));
		assertThat(head.contentLength()).isEqualTo(300_000);
		byte[] stored = this.client.getObjectAsBytes(request -> request.bucket(BUCKET).key("tenant/uploads/job-1.csv"))
			.asByteArray();
		assertThat(sha256(stored)).isEqualTo(upload.sha256());
		assertThat(stored).isEqualTo(content);
		assertThat(localFiles()).isEmpty();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.work))).isEqualTo("rwx------");
	}

	@Test
	void readsAJobFileThroughAnOwnerOnlyCopyDeletedOnClose() throws IOException {
		S3ImportStore store = store("s3://" + BUCKET + "/jobs");
		this.client.putObject(request -> request.bucket(BUCKET).key("jobs/job-2.csv"),
				software.amazon.awssdk.core.sync.RequestBody.fromString("customer_email\na@example.com\n"));

		Path copy;
		try (LocalFile file = store.open("job-2")) {
			copy = file.path();
			assertThat(copy.getParent()).isEqualTo(this.work);
			assertThat(copy.getFileName().toString()).startsWith("copy-").endsWith(".part");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
			assertThat(copy).hasContent("customer_email\na@example.com");
		}

		assertThat(copy).doesNotExist();
		assertThat(localFiles()).isEmpty();
		assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(() -> store.open("job-unknown"))
			.withMessage("s3://" + BUCKET + "/jobs/job-unknown.csv");
		assertThat(localFiles()).isEmpty();
	}

	@Test
	void listsAndDeletesOnlyTheJobFilesUnderItsPrefix() throws IOException {
		S3ImportStore store = store("s3://" + BUCKET + "/jobs");
		for (String key : new String[] { "jobs/a.csv", "jobs/b.csv", "jobs/notes.txt", "jobs/sub/c.csv",
				"other.csv" }) {
			this.client.putObject(request -> request.bucket(BUCKET).key(key),
					software.amazon.awssdk.core.sync.RequestBody.fromString("x"));
		}

		assertThat(store.list()).extracting(StoredFile::jobId).containsExactlyInAnyOrder("a", "b");
		assertThat(store.list()).allSatisfy(file -> assertThat(file.lastModified()).isBetween(
				Clock.systemUTC().instant().minus(Duration.ofMinutes(5)),
				Clock.systemUTC().instant().plus(Duration.ofMinutes(5))));
		assertThat(store.delete("a")).isTrue();
		assertThat(store.delete("a")).isFalse();

		assertThat(keys()).containsExactly("jobs/b.csv", "jobs/notes.txt", "jobs/sub/c.csv", "other.csv");
	}

	@Test
	void refusesATooLargeUploadLeavingNothingLocallyOrInTheBucket() throws IOException {
		ImportFiles files = files(store("s3://" + BUCKET + "/jobs"), DataSize.ofKilobytes(64));

		assertThatExceptionOfType(ImportFileException.class)
			.isThrownBy(() -> files.receive(new ByteArrayInputStream(new byte[64 * 1024 + 1])))
			.satisfies(ex -> assertThat(ex.getCode()).isEqualTo(FileErrorCode.FILE_TOO_LARGE));

		assertThat(localFiles()).isEmpty();
		assertThat(keys()).isEmpty();
	}

	@Test
	void refusesToStartWhenTheBucketDoesNotExist() {
		ImportStoreProperties properties = properties("s3://missing-bucket/jobs", this.s3.getUri().toString());

		assertThatIllegalStateException().isThrownBy(() -> S3Clients.checked(properties, S3Server.credentials()))
			.withMessage("OMS_IMPORT_STORAGE=s3://missing-bucket/jobs: the bucket missing-bucket does not exist at"
					+ " OMS_S3_ENDPOINT=" + this.s3.getUri() + "; create it (the service does not create buckets)");
	}

	@Test
	void refusesToStartWhenTheEndpointCannotBeReached() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		ImportStoreProperties properties = properties("s3://" + BUCKET + "/jobs", "http://127.0.0.1:" + closedPort);

		assertThatIllegalStateException().isThrownBy(() -> S3Clients.checked(properties, S3Server.credentials()))
			.withMessageStartingWith(
					"OMS_IMPORT_STORAGE=s3://" + BUCKET + "/jobs: cannot reach OMS_S3_ENDPOINT=http://127.0.0.1:"
							+ closedPort + " (check OMS_S3_ENDPOINT, OMS_S3_REGION and the credentials");
	}

	@Test
	void refusesToStartWithWrongKeysWithoutNamingTheSecret() {
		ImportStoreProperties properties = properties("s3://" + BUCKET + "/jobs", this.s3.getUri().toString());
		String secret = "a-wrong-secret-0123456789";

		assertThatIllegalStateException()
			.isThrownBy(() -> S3Clients.checked(properties,
					StaticCredentialsProvider.create(AwsBasicCredentials.create(S3Server.ACCESS_KEY, secret))))
			.withMessageContaining("the bucket " + BUCKET + " at OMS_S3_ENDPOINT=" + this.s3.getUri() + " answered 403")
			.withMessageContaining("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY")
			.withMessageNotContaining(secret);
	}

	@Test
	void refusesToStartWithoutCredentials() {
		ImportStoreProperties properties = properties("s3://" + BUCKET + "/jobs", this.s3.getUri().toString());

		assertThatIllegalStateException().isThrownBy(() -> S3Clients.checked(properties, () -> {
			throw SdkClientException.create("Unable to load credentials from any of the providers in the chain");
		}))
			.withMessageStartingWith("OMS_IMPORT_STORAGE=s3://" + BUCKET + "/jobs: no credentials for the object"
					+ " storage; set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY");
	}

	private S3ImportStore store(String location) throws IOException {
		ImportStoreProperties properties = properties(location, this.s3.getUri().toString());
		return new S3ImportStore(S3Clients.checked(properties, S3Server.credentials()), properties.s3(), this.work);
	}

	private static ImportStoreProperties properties(String location, String endpoint) {
		return new ImportStoreProperties(location, endpoint, null, null);
	}

	private static ImportFiles files(ImportStore store, DataSize maxFileSize) {
		ImportProperties properties = new ImportProperties(Path.of("unused"), maxFileSize, 100, 1, 10,
				Duration.ofMinutes(2), Duration.ofSeconds(2), "", URI.create("http://localhost:5173"),
				Duration.ofDays(30), Duration.ofHours(1), 10, null, true);
		return new ImportFiles(properties, store, new MockEnvironment(), Clock.systemUTC());
	}

	/** The object keys, without the folder markers the filesystem blob store lists. */
	private java.util.List<String> keys() {
		return this.client.listObjectsV2Paginator(request -> request.bucket(BUCKET))
			.contents()
			.stream()
			.map(S3Object::key)
			.filter(key -> !key.endsWith("/"))
			.sorted()
			.toList();
	}

	private java.util.List<Path> localFiles() throws IOException {
		try (Stream<Path> files = Files.list(this.work)) {
			return files.toList();
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
