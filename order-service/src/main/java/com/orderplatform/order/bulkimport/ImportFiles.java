package com.orderplatform.order.bulkimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The uploaded files, one per job in the storage directory ({@code <job id>.csv}).
 * Uploads are streamed to disk while their SHA-256 is computed, never held in memory.
 */
@Component
class ImportFiles {

	private static final int BUFFER = 64 * 1024;

	private final Path directory;

	private final long maxBytes;

	ImportFiles(ImportProperties properties, Environment environment) {
		this.directory = properties.storageDir();
		this.maxBytes = properties.maxFileSize().toBytes();
		String multipart = environment.getProperty("spring.servlet.multipart.max-file-size");
		if (multipart != null && !multipart.isBlank() && DataSize.parse(multipart.strip()).toBytes() < this.maxBytes) {
			throw new IllegalStateException("oms.import.max-file-size (" + properties.maxFileSize()
					+ ") is larger than spring.servlet.multipart.max-file-size (" + multipart
					+ "): uploads between the two would be refused without the import's reason."
					+ " Raise OMS_MAX_UPLOAD_SIZE or lower OMS_IMPORT_MAX_FILE_SIZE.");
		}
		try {
			Files.createDirectories(this.directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create oms.import.storage-dir " + this.directory, ex);
		}
	}

	/** A file received but not yet a job's. */
	record Upload(Path file, String sha256, long size) {
	}

	/**
	 * Copies an upload into the storage directory.
	 * @throws ImportFileException {@code FILE_TOO_LARGE} past the size limit (the partial
	 * copy is deleted)
	 */
	Upload receive(InputStream in) throws IOException {
		Path file = this.directory.resolve("upload-" + UUID.randomUUID() + ".part");
		MessageDigest digest = sha256();
		long size = 0;
		try (in; OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
			byte[] buffer = new byte[BUFFER];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				size += read;
				if (size > this.maxBytes) {
					throw new ImportFileException(FileErrorCode.FILE_TOO_LARGE,
							"The file is larger than " + ImportFileInspector.size(this.maxBytes)
									+ ", the most that can be imported at once. Split it into smaller files.");
				}
				out.write(buffer, 0, read);
			}
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
		return new Upload(file, HexFormat.of().formatHex(digest.digest()), size);
	}

	/** Makes a received file the job's. */
	Path keep(Upload upload, String jobId) throws IOException {
		return Files.move(upload.file(), path(jobId), StandardCopyOption.REPLACE_EXISTING);
	}

	Path path(String jobId) {
		return this.directory.resolve(jobId + ".csv");
	}

	static void discard(Upload upload) {
		try {
			Files.deleteIfExists(upload.file());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
