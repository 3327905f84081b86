package com.orderplatform.order.bulkimport.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.orderplatform.common.storage.OwnerOnly;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The files as objects {@code <prefix>/<job id>.csv} in an S3-compatible bucket, shared
 * by every instance of the service. An upload is received into a local owner-only work
 * folder (streamed and hashed, never held in memory), then stored with one PutObject from
 * that file (the import's size limit is far below PutObject's 5 GB) and the local file
 * deleted. Readers get a temporary owner-only copy ({@code copy-<uuid>.part} in the work
 * folder, swept like partial uploads if a crash leaves it behind). SDK failures surface
 * as {@link IOException}s naming the key, never the credentials.
 */
public final class S3ImportStore implements ImportStore, AutoCloseable {

	/** The name prefix of temporary copies in the work folder. */
	public static final String COPY_PREFIX = "copy-";

	private final S3Client client;

	private final S3Location location;

	private final Path workFolder;

	/**
	 * A store on a client whose bucket was checked ({@link S3Clients#checked}).
	 * @param client the client; closed with the store
	 * @param location the bucket and prefix
	 * @param workFolder the local folder for uploads and copies (created owner-only)
	 * @throws IOException when the folder cannot be created
	 */
	public S3ImportStore(S3Client client, S3Location location, Path workFolder) throws IOException {
		this.client = client;
		this.location = location;
		this.workFolder = workFolder;
		OwnerOnly.createDirectories(workFolder);
	}

	@Override
	public Path workFolder() {
		return this.workFolder;
	}

	@Override
	public void put(String jobId, Path received) throws IOException {
		String key = this.location.key(jobId);
		try {
			this.client.putObject(request -> request.bucket(this.location.bucket()).key(key).contentType("text/csv"),
					RequestBody.fromFile(received));
		}
		catch (SdkException ex) {
			throw new IOException("Cannot store " + describe(key) + ": " + ex.getMessage(), ex);
		}
		Files.delete(received);
	}

	@Override
	public LocalFile open(String jobId) throws IOException {
		String key = this.location.key(jobId);
		Path copy = OwnerOnly.createFile(this.workFolder.resolve(COPY_PREFIX + UUID.randomUUID() + ".part"));
		try (InputStream in = this.client.getObject(request -> request.bucket(this.location.bucket()).key(key));
				OutputStream out = Files.newOutputStream(copy)) {
			in.transferTo(out);
			return new LocalFile(copy, true);
		}
		catch (NoSuchKeyException ex) {
			Files.deleteIfExists(copy);
			throw new NoSuchFileException(describe(key));
		}
		catch (SdkException | IOException | UncheckedIOException ex) {
			Files.deleteIfExists(copy);
			throw new IOException("Cannot read " + describe(key) + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public boolean delete(String jobId) throws IOException {
		String key = this.location.key(jobId);
		try {
			this.client.headObject(request -> request.bucket(this.location.bucket()).key(key));
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (SdkException ex) {
			throw new IOException("Cannot find " + describe(key) + ": " + ex.getMessage(), ex);
		}
		try {
			this.client.deleteObject(request -> request.bucket(this.location.bucket()).key(key));
			return true;
		}
		catch (SdkException ex) {
			throw new IOException("Cannot delete " + describe(key) + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public List<StoredFile> list() throws IOException {
		String prefix = this.location.keyPrefix();
		List<StoredFile> stored = new ArrayList<>();
		try {
			for (S3Object object : this.client
				.listObjectsV2Paginator(request -> request.bucket(this.location.bucket()).prefix(prefix))
				.contents()) {
				String name = object.key().substring(prefix.length());
				if (name.endsWith(".csv") && !name.contains("/")) {
					stored.add(new StoredFile(name.substring(0, name.length() - 4), object.lastModified()));
				}
			}
		}
		catch (SdkException ex) {
			throw new IOException("Cannot list " + this.location + ": " + ex.getMessage(), ex);
		}
		return stored;
	}

	@Override
	public String describe() {
		return this.location.toString();
	}

	@Override
	public void close() {
		this.client.close();
	}

	private String describe(String key) {
		return "s3://" + this.location.bucket() + "/" + key;
	}

}
