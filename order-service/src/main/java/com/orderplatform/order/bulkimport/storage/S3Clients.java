package com.orderplatform.order.bulkimport.storage;

import java.net.URI;
import java.time.Duration;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Builds the S3 client of {@code OMS_IMPORT_STORAGE=s3://…} and checks at start-up that
 * the bucket can be reached, so a wrong setting stops the service with a message naming
 * the variable instead of failing the first upload. Checksums are calculated only when an
 * operation requires them: the SDK's default trailing CRC32 checksums are refused by
 * S3-compatible servers that predate them (S3Proxy before 2.8, older MinIO), and each
 * upload is already verified by its SHA-256.
 */
public final class S3Clients {

	private S3Clients() {
	}

	/**
	 * A client for the settings, its bucket checked.
	 * @param properties the settings
	 * @param credentials the credentials (the SDK's default chain in production)
	 * @return the client
	 * @throws IllegalStateException naming the variable to fix when the bucket is
	 * missing, the endpoint unreachable or access denied
	 */
	public static S3Client checked(ImportStoreProperties properties, AwsCredentialsProvider credentials) {
		S3ClientBuilder builder = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder()
				.connectionTimeout(Duration.ofSeconds(5))
				.socketTimeout(Duration.ofSeconds(60)))
			.region(Region.of(properties.s3Region()))
			.forcePathStyle(properties.pathStyle())
			.credentialsProvider(credentials)
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		URI endpoint = properties.endpoint();
		if (endpoint != null) {
			builder.endpointOverride(endpoint);
		}
		S3Client client = builder.build();
		try {
			requireCredentials(credentials, properties.s3());
			check(client, properties);
			return client;
		}
		catch (RuntimeException ex) {
			client.close();
			throw ex;
		}
	}

	private static void requireCredentials(AwsCredentialsProvider credentials, S3Location location) {
		try {
			credentials.resolveCredentials();
		}
		catch (SdkClientException ex) {
			throw new IllegalStateException("OMS_IMPORT_STORAGE=" + location + ": no credentials for the object"
					+ " storage; set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or another source of the AWS SDK's"
					+ " default chain: a profile, a web identity, a container or instance role)", ex);
		}
	}

	private static void check(S3Client client, ImportStoreProperties properties) {
		S3Location location = properties.s3();
		String where = (properties.endpoint() != null) ? "OMS_S3_ENDPOINT=" + properties.endpoint()
				: "AWS S3 in OMS_S3_REGION=" + properties.s3Region();
		try {
			client.headBucket(request -> request.bucket(location.bucket()));
		}
		catch (NoSuchBucketException ex) {
			throw missing(location, where);
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				throw missing(location, where);
			}
			throw new IllegalStateException("OMS_IMPORT_STORAGE=" + location + ": the bucket " + location.bucket()
					+ " at " + where + " answered " + ex.statusCode()
					+ ((ex.statusCode() == 403) ? " (access denied: check the credentials, AWS_ACCESS_KEY_ID and"
							+ " AWS_SECRET_ACCESS_KEY, and their permissions on the bucket)" : ""),
					ex);
		}
		catch (SdkClientException ex) {
			throw new IllegalStateException("OMS_IMPORT_STORAGE=" + location + ": cannot reach " + where
					+ " (check OMS_S3_ENDPOINT, OMS_S3_REGION and the credentials AWS_ACCESS_KEY_ID /"
					+ " AWS_SECRET_ACCESS_KEY): " + ex.getMessage(), ex);
		}
	}

	private static IllegalStateException missing(S3Location location, String where) {
		return new IllegalStateException("OMS_IMPORT_STORAGE=" + location + ": the bucket " + location.bucket()
				+ " does not exist at " + where + "; create it (the service does not create buckets)");
	}

}
