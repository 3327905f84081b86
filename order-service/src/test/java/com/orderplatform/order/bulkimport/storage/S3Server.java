package com.orderplatform.order.bulkimport.storage;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import static org.awaitility.Awaitility.await;

/**
 * A real S3-compatible server for tests that outlive one test method (a Spring context):
 * S3Proxy in-process on a free port over jclouds' filesystem blob store in a folder, as
 * its JUnit extension starts it per test. Comes with a raw client to look at the bucket
 * from outside the service.
 */
public final class S3Server implements AutoCloseable {

	/** The access key the server accepts. */
	public static final String ACCESS_KEY = "access";

	/** The secret key the server accepts. */
	public static final String SECRET_KEY = "secret-key-for-tests";

	private final S3Proxy proxy;

	private final BlobStoreContext blobs;

	private final S3Client client;

	private S3Server(S3Proxy proxy, BlobStoreContext blobs) {
		this.proxy = proxy;
		this.blobs = blobs;
		this.client = client(uri(), credentials());
	}

	/**
	 * Starts a server keeping its objects under a folder.
	 * @param folder the blob store's folder
	 * @return the running server
	 */
	public static S3Server start(Path folder) throws Exception {
		Properties properties = new Properties();
		properties.setProperty("jclouds.filesystem.basedir", Files.createDirectories(folder).toString());
		BlobStoreContext blobs = ContextBuilder.newBuilder("filesystem")
			.credentials("identity", "credential")
			.overrides(properties)
			.build(BlobStoreContext.class);
		S3Proxy proxy = S3Proxy.builder()
			.blobStore(blobs.getBlobStore())
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
			.endpoint(URI.create("http://127.0.0.1:0"))
			.build();
		proxy.start();
		await().until(() -> proxy.getState().equals("STARTED"));
		return new S3Server(proxy, blobs);
	}

	/**
	 * The client settings S3Proxy 2.6 needs: path-style, and checksums only when
	 * required.
	 * @param endpoint the server
	 * @param credentials the keys
	 * @return a client
	 */
	public static S3Client client(URI endpoint, AwsCredentialsProvider credentials) {
		return S3Client.builder()
			.endpointOverride(endpoint)
			.region(Region.US_EAST_1)
			.forcePathStyle(true)
			.credentialsProvider(credentials)
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.build();
	}

	/**
	 * The keys the server accepts.
	 * @return the credentials
	 */
	public static AwsCredentialsProvider credentials() {
		return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
	}

	/**
	 * The server's address.
	 * @return {@code http://127.0.0.1:<port>}
	 */
	public URI uri() {
		return URI.create("http://127.0.0.1:" + this.proxy.getPort());
	}

	/**
	 * A raw client of this server.
	 * @return the client
	 */
	public S3Client client() {
		return this.client;
	}

	/**
	 * Creates a bucket.
	 * @param bucket its name
	 */
	public void createBucket(String bucket) {
		this.client.createBucket(request -> request.bucket(bucket));
	}

	/**
	 * The keys in a bucket, without the folder markers ({@code a/}) the filesystem blob
	 * store lists.
	 * @param bucket the bucket
	 * @return every key, sorted
	 */
	public List<String> keys(String bucket) {
		return this.client.listObjectsV2Paginator(request -> request.bucket(bucket))
			.contents()
			.stream()
			.map(S3Object::key)
			.filter(key -> !key.endsWith("/"))
			.sorted()
			.toList();
	}

	/**
	 * An object's bytes.
	 * @param bucket the bucket
	 * @param key the key
	 * @return the bytes
	 */
	public byte[] bytes(String bucket, String key) throws IOException {
		return this.client.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray();
	}

	@Override
	public void close() throws Exception {
		this.client.close();
		this.proxy.stop();
		this.blobs.close();
	}

}
