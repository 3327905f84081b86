package com.orderplatform.order.bulkimport.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import com.orderplatform.common.storage.OwnerOnly;

/**
 * The files in one local folder, the single-machine default: {@code <job id>.csv} beside
 * the uploads being received, so keeping an upload is a rename. The folder is owner-only
 * (0700) and every file in it 0600, since the files hold customers' personal data.
 */
public final class LocalImportStore implements ImportStore {

	private static final String SUFFIX = ".csv";

	private final Path folder;

	/**
	 * Creates the folder (owner-only) if needed.
	 * @param folder the folder
	 * @throws IOException when it cannot be created
	 */
	public LocalImportStore(Path folder) throws IOException {
		this.folder = folder;
		OwnerOnly.createDirectories(folder);
	}

	@Override
	public Path workFolder() {
		return this.folder;
	}

	@Override
	public void put(String jobId, Path received) throws IOException {
		Files.move(received, path(jobId), StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public LocalFile open(String jobId) throws IOException {
		Path file = path(jobId);
		if (!Files.isRegularFile(file)) {
			throw new NoSuchFileException(file.toString());
		}
		return new LocalFile(file, false);
	}

	@Override
	public boolean delete(String jobId) throws IOException {
		return Files.deleteIfExists(path(jobId));
	}

	@Override
	public List<StoredFile> list() throws IOException {
		List<StoredFile> stored = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(this.folder, "*" + SUFFIX)) {
			for (Path file : files) {
				String name = file.getFileName().toString();
				stored.add(new StoredFile(name.substring(0, name.length() - SUFFIX.length()),
						Files.getLastModifiedTime(file).toInstant()));
			}
		}
		return stored;
	}

	@Override
	public String describe() {
		return this.folder.toString();
	}

	private Path path(String jobId) {
		return this.folder.resolve(jobId + SUFFIX);
	}

}
