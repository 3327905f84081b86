package com.orderplatform.cluster;

import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * An S3-compatible server in this JVM (S3Proxy 2.6.0 over jclouds' filesystem blob
 * store), holding the uploads bucket every order instance reads and writes: the shared
 * storage a real deployment gets from S3 or MinIO. Requests must be signed with the
 * cluster's access key (AWS signature v2 or v4).
 */
final class ObjectStore implements AutoCloseable {

	private final S3Proxy proxy;

	private final BlobStoreContext context;

	private final URI endpoint;

	private ObjectStore(S3Proxy proxy, BlobStoreContext context, URI endpoint) {
		this.proxy = proxy;
		this.context = context;
		this.endpoint = endpoint;
	}

	/**
	 * Starts the server and creates the bucket.
	 * @param dir where the objects are kept (a folder per bucket)
	 * @param port its port
	 * @param bucket the bucket to create
	 * @param accessKey the access key id clients sign with
	 * @param secretKey the secret key clients sign with
	 * @return the running server
	 */
	static ObjectStore start(Path dir, int port, String bucket, String accessKey, String secretKey) {
		Properties properties = new Properties();
		properties.setProperty("jclouds.filesystem.basedir", dir.toAbsolutePath().toString());
		BlobStoreContext context = ContextBuilder.newBuilder("filesystem")
			.overrides(properties)
			.credentials(accessKey, secretKey)
			.build(BlobStoreContext.class);
		URI endpoint = URI.create("http://127.0.0.1:" + port);
		S3Proxy proxy = S3Proxy.builder()
			.blobStore(context.getBlobStore())
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
			.ignoreUnknownHeaders(true)
			.endpoint(endpoint)
			.build();
		try {
			proxy.start();
			long deadline = System.nanoTime() + 30_000_000_000L;
			while (!"STARTED".equals(proxy.getState()) && System.nanoTime() < deadline) {
				// start() returns before Jetty listens (S3Proxy's own JUnit extension
				// waits so too).
				Thread.sleep(10);
			}
			context.getBlobStore().createContainerInLocation(null, bucket);
		}
		catch (Exception ex) {
			context.close();
			throw new IllegalStateException("Cannot start the S3-compatible server on port " + port, ex);
		}
		return new ObjectStore(proxy, context, endpoint);
	}

	URI endpoint() {
		return this.endpoint;
	}

	@Override
	public void close() {
		try {
			this.proxy.stop();
		}
		catch (Exception ex) {
			System.err.println("Could not stop the S3-compatible server: " + ex);
		}
		this.context.close();
	}

}
