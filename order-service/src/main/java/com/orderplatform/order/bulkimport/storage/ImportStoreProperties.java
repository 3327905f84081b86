package com.orderplatform.order.bulkimport.storage;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the import keeps uploaded files, under {@code oms.import.store}. A value that
 * cannot work stops the service at start-up with a message naming the environment
 * variable.
 *
 * @param location {@code OMS_IMPORT_STORAGE}: empty for {@code oms.import.storage-dir}
 * ({@code OMS_IMPORT_STORAGE_DIR}, default {@code ${OMS_DATA_DIR}/imports}), a folder
 * path, or {@code s3://bucket/prefix} for S3-compatible object storage
 * @param s3Endpoint {@code OMS_S3_ENDPOINT}: the object storage's URL (e.g.
 * {@code http://127.0.0.1:9100} for MinIO or S3Proxy); empty for AWS S3 itself
 * @param s3Region {@code OMS_S3_REGION}: the region signed for ({@code us-east-1})
 * @param s3PathStyle {@code OMS_S3_PATH_STYLE}: {@code http://host/bucket/key} rather
 * than {@code http://bucket.host/key}; default {@code true} when an endpoint is set
 */
@ConfigurationProperties("oms.import.store")
public record ImportStoreProperties(String location, String s3Endpoint, @DefaultValue("us-east-1") String s3Region,
		Boolean s3PathStyle) {

	private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://(.*)$");

	private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

	/** Refuses a location or endpoint that cannot work, naming the variable. */
	public ImportStoreProperties {
		location = (location == null) ? "" : location.strip();
		s3Endpoint = (s3Endpoint == null || s3Endpoint.isBlank()) ? null : s3Endpoint.strip();
		s3Region = (s3Region == null || s3Region.isBlank()) ? "us-east-1" : s3Region.strip();
		Matcher scheme = SCHEME.matcher(location);
		if (scheme.matches() && !scheme.group(1).toLowerCase(Locale.ROOT).equals("s3")) {
			throw new IllegalArgumentException("OMS_IMPORT_STORAGE=" + location + " has the unknown scheme '"
					+ scheme.group(1) + "': use a folder path or s3://bucket/prefix");
		}
		if (scheme.matches()) {
			s3(location);
		}
		if (s3Endpoint != null) {
			endpoint(s3Endpoint);
		}
	}

	/**
	 * Whether the files go to object storage.
	 * @return {@code true} for an {@code s3://} location
	 */
	public boolean objectStorage() {
		return SCHEME.matcher(this.location).matches();
	}

	/**
	 * The local folder the files are kept in.
	 * @param storageDir {@code oms.import.storage-dir}, used when no folder is given
	 * @return the folder
	 */
	public Path folder(Path storageDir) {
		return this.location.isEmpty() ? storageDir : Path.of(this.location);
	}

	/**
	 * The bucket and key prefix of an {@code s3://} location.
	 * @return the bucket and prefix
	 */
	public S3Location s3() {
		return s3(this.location);
	}

	/**
	 * The endpoint to use instead of AWS's own.
	 * @return the URL, or {@code null} for AWS S3
	 */
	public URI endpoint() {
		return (this.s3Endpoint != null) ? endpoint(this.s3Endpoint) : null;
	}

	/**
	 * Whether to address buckets in the path.
	 * @return the setting, by default whether an endpoint is set
	 */
	public boolean pathStyle() {
		return (this.s3PathStyle != null) ? this.s3PathStyle : this.s3Endpoint != null;
	}

	private static S3Location s3(String location) {
		String rest = location.substring(location.indexOf("://") + 3);
		int slash = rest.indexOf('/');
		String bucket = (slash < 0) ? rest : rest.substring(0, slash);
		String prefix = (slash < 0) ? "" : rest.substring(slash + 1).replaceAll("^/+|/+$", "");
		if (!BUCKET.matcher(bucket).matches()) {
			throw new IllegalArgumentException("OMS_IMPORT_STORAGE=" + location + " does not name a bucket ('" + bucket
					+ "'): use s3://bucket/prefix with a bucket name of 3 to 63 lower-case letters,"
					+ " digits, dots and hyphens");
		}
		return new S3Location(bucket, prefix);
	}

	private static URI endpoint(String value) {
		try {
			URI uri = new URI(value);
			if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
				throw new URISyntaxException(value, "not an http(s) URL with a host");
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException(
					"OMS_S3_ENDPOINT=" + value + " is not a URL such as http://127.0.0.1:9100 (" + ex.getReason() + ")",
					ex);
		}
	}

}
