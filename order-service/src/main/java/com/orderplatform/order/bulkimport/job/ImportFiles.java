package com.orderplatform.order.bulkimport.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import com.orderplatform.common.storage.OwnerOnly;
import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportFileException;
import com.orderplatform.order.bulkimport.ImportProperties;
import com.orderplatform.order.bulkimport.file.ImportFileInspector;
import com.orderplatform.order.bulkimport.storage.ImportStore;
import com.orderplatform.order.bulkimport.storage.LocalImportStore;
import com.orderplatform.order.bulkimport.storage.S3ImportStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The uploaded files, one per job ({@code <job id>.csv}) in the {@link ImportStore}: a
 * local folder, or an S3-compatible bucket shared by every instance
 * ({@code OMS_IMPORT_STORAGE}). Uploads are streamed to the store's local work folder
 * while their SHA-256 is computed, never held in memory, and then handed to the store.
 * They hold customers' personal data, so the work folder is owner-only (0700) and every
 * file in it 0600 from the moment it is created. An upload being received is
 * {@code upload-<uuid>.part}, a copy read from object storage {@code copy-<uuid>.part};
 * one a crash left behind is deleted once an hour old (at start-up and on each sweep).
 */
@Component
public class ImportFiles {

	/** How old a partial upload must be before it counts as abandoned. */
	public static final Duration ABANDONED_AFTER = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(ImportFiles.class);

	private static final int BUFFER = 64 * 1024;

	private static final String PART_PREFIX = "upload-";

	private static final String PART_SUFFIX = ".part";

	private final ImportStore store;

	private final long maxBytes;

	private final Clock clock;

	/** Files in the local folder {@code oms.import.storage-dir}. */
	public ImportFiles(ImportProperties properties, Environment environment, Clock clock) {
		this(properties, localStore(properties), environment, clock);
	}

	/** Files in the given store; the size limit is checked against the multipart one. */
	@Autowired
	public ImportFiles(ImportProperties properties, ImportStore store, Environment environment, Clock clock) {
		this.store = store;
		this.maxBytes = properties.maxFileSize().toBytes();
		String multipart = environment.getProperty("spring.servlet.multipart.max-file-size");
		if (multipart != null && !multipart.isBlank() && DataSize.parse(multipart.strip()).toBytes() < this.maxBytes) {
			throw new IllegalStateException("oms.import.max-file-size (" + properties.maxFileSize()
					+ ") is larger than spring.servlet.multipart.max-file-size (" + multipart
					+ "): uploads between the two would be refused without the import's reason."
					+ " Raise OMS_MAX_UPLOAD_SIZE or lower OMS_IMPORT_MAX_FILE_SIZE.");
		}
		this.clock = clock;
		deleteAbandonedUploads();
	}

	/** A file received but not yet a job's. */
	public record Upload(Path file, String sha256, long size) {
	}

	/**
	 * Copies an upload into the work folder.
	 * @throws ImportFileException {@code FILE_TOO_LARGE} past the size limit (the partial
	 * copy is deleted)
	 */
	public Upload receive(InputStream in) throws IOException {
		Path file = OwnerOnly
			.createFile(this.store.workFolder().resolve(PART_PREFIX + UUID.randomUUID() + PART_SUFFIX));
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

	/**
	 * Makes a received file the job's (moved, or uploaded and the local file deleted); if
	 * the store refuses it, the received file is deleted.
	 * @throws ImportFileException {@code STORAGE_UNAVAILABLE} when the store cannot take
	 * it
	 */
	public void keep(Upload upload, String jobId) throws IOException {
		try {
			this.store.put(jobId, upload.file());
		}
		catch (IOException | RuntimeException ex) {
			discard(upload);
			if (ex instanceof RuntimeException unexpected) {
				throw unexpected;
			}
			log.warn("Cannot store the upload of import {}: {}", jobId, ex.getMessage());
			throw new ImportFileException(FileErrorCode.STORAGE_UNAVAILABLE, "The file could not be stored: the"
					+ " import storage did not answer. Nothing was imported; upload it again in a minute.");
		}
	}

	public static void discard(Upload upload) {
		try {
			Files.deleteIfExists(upload.file());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Deletes the partial uploads ({@code upload-*.part}) and temporary copies
	 * ({@code copy-*.part}) older than {@link #ABANDONED_AFTER}: a crash during an upload
	 * or a read leaves them behind.
	 * @return how many were deleted
	 */
	public int deleteAbandonedUploads() {
		Instant cutoff = this.clock.instant().minus(ABANDONED_AFTER);
		int deleted = 0;
		try (DirectoryStream<Path> parts = Files.newDirectoryStream(this.store.workFolder(), "*" + PART_SUFFIX)) {
			for (Path part : parts) {
				if (temporary(part) && Files.getLastModifiedTime(part).toInstant().isBefore(cutoff)
						&& Files.deleteIfExists(part)) {
					deleted++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot sweep the import work folder " + this.store.workFolder(), ex);
		}
		if (deleted > 0) {
			log.info(
					"Deleted {} partial upload(s) or copies older than {} in {} (left by an interrupted upload or read)",
					deleted, ABANDONED_AFTER, this.store.workFolder());
		}
		return deleted;
	}

	private static boolean temporary(Path part) {
		String name = part.getFileName().toString();
		return name.startsWith(PART_PREFIX) || name.startsWith(S3ImportStore.COPY_PREFIX);
	}

	private static ImportStore localStore(ImportProperties properties) {
		try {
			return new LocalImportStore(properties.storageDir());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create oms.import.storage-dir " + properties.storageDir(), ex);
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
