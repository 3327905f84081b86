package com.orderplatform.order.bulkimport.storage;

/**
 * A bucket and the key prefix the job files are stored under:
 * {@code <prefix>/<job id>.csv}.
 *
 * @param bucket the bucket
 * @param prefix the prefix without leading or trailing slashes, possibly empty
 */
public record S3Location(String bucket, String prefix) {

	/**
	 * The key of a job's file.
	 * @param jobId the job
	 * @return {@code <prefix>/<job id>.csv}, or {@code <job id>.csv} without a prefix
	 */
	public String key(String jobId) {
		return keyPrefix() + jobId + ".csv";
	}

	/**
	 * What every job file's key starts with.
	 * @return {@code <prefix>/}, or empty
	 */
	public String keyPrefix() {
		return this.prefix.isEmpty() ? "" : this.prefix + "/";
	}

	@Override
	public String toString() {
		return "s3://" + this.bucket + "/" + this.prefix;
	}

}
