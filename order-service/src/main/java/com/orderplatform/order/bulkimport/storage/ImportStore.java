package com.orderplatform.order.bulkimport.storage;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The uploaded files, one per job ({@code <job id>.csv}). Uploads are received into
 * {@link #workFolder()} first, a local owner-only folder, and then {@link #put} makes the
 * received file the job's. Implementations are safe for concurrent use.
 */
public sealed interface ImportStore permits LocalImportStore, S3ImportStore {

	/**
	 * The local owner-only folder uploads are received into and temporary copies are made
	 * in; partial files a crash left behind there are swept by the caller.
	 * @return the folder
	 */
	Path workFolder();

	/**
	 * Makes a received file the job's; afterwards the received file is gone.
	 * @param jobId the job
	 * @param received a file in {@link #workFolder()}
	 * @throws IOException when the file cannot be stored (the received file stays)
	 */
	void put(String jobId, Path received) throws IOException;

	/**
	 * A job's file as a local file, for as long as the returned handle is open.
	 * @param jobId the job
	 * @return the file; close it when done (a temporary copy is deleted then)
	 * @throws NoSuchFileException when the job has no stored file
	 * @throws IOException when the file cannot be read
	 */
	LocalFile open(String jobId) throws IOException;

	/**
	 * Deletes a job's file.
	 * @param jobId the job
	 * @return whether there was one
	 * @throws IOException when it cannot be deleted
	 */
	boolean delete(String jobId) throws IOException;

	/**
	 * Every stored job file, for the retention sweep.
	 * @return the files
	 * @throws IOException when they cannot be listed
	 */
	List<StoredFile> list() throws IOException;

	/**
	 * Where the files are, for log lines and messages (no credentials).
	 * @return a folder path or {@code s3://bucket/prefix}
	 */
	String describe();

}
