package com.orderplatform.common.storage;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files and folders only their owner may read: the data directory holds databases,
 * secrets, uploaded customer files and logs, so its folders are {@code rwx------} (0700)
 * and its files {@code rw-------} (0600), whatever the process's umask. Paths are created
 * with those permissions from the start (never readable by others for a moment), and
 * existing ones are narrowed. On a file system without POSIX permissions its own defaults
 * apply.
 */
public final class OwnerOnly {

	/** {@code rwx------}. */
	public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

	/** {@code rw-------}. */
	public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private static final Logger log = LoggerFactory.getLogger(OwnerOnly.class);

	private OwnerOnly() {
	}

	/**
	 * Creates the folder and any missing parents owner-only, or narrows the folder if it
	 * exists.
	 * @param directory the folder
	 * @return the folder
	 * @throws IOException when it cannot be created
	 */
	public static Path createDirectories(Path directory) throws IOException {
		if (Files.isDirectory(directory)) {
			narrow(directory, DIRECTORY);
			return directory;
		}
		return posix(directory) ? Files.createDirectories(directory, attribute(DIRECTORY))
				: Files.createDirectories(directory);
	}

	/**
	 * Creates an empty owner-only file, or narrows the file if it exists.
	 * @param file the file; its folder must exist
	 * @return the file
	 * @throws IOException when it cannot be created
	 */
	public static Path createFile(Path file) throws IOException {
		try {
			return posix(file) ? Files.createFile(file, attribute(FILE)) : Files.createFile(file);
		}
		catch (FileAlreadyExistsException exists) {
			narrow(file, FILE);
			return file;
		}
	}

	/**
	 * Creates a new owner-only file with a unique name in the folder.
	 * @param directory the folder
	 * @param prefix the name's start
	 * @param suffix the name's end
	 * @return the file
	 * @throws IOException when it cannot be created
	 */
	public static Path createTempFile(Path directory, String prefix, String suffix) throws IOException {
		return posix(directory) ? Files.createTempFile(directory, prefix, suffix, attribute(FILE))
				: Files.createTempFile(directory, prefix, suffix);
	}

	/**
	 * Narrows an existing file (0600) or folder (0700) to its owner; a path that does not
	 * exist is left alone. A path this process may not change (another user's) is logged
	 * and left as it is: refusing to start would not make it private.
	 * @param path the file or folder
	 */
	public static void restrict(Path path) {
		if (Files.isDirectory(path)) {
			narrow(path, DIRECTORY);
		}
		else if (Files.exists(path)) {
			narrow(path, FILE);
		}
	}

	private static void narrow(Path path, Set<PosixFilePermission> permissions) {
		try {
			if (posix(path) && !Files.getPosixFilePermissions(path).equals(permissions)) {
				Files.setPosixFilePermissions(path, permissions);
			}
		}
		catch (IOException ex) {
			log.warn("Cannot make {} readable by its owner only ({}); change its permissions to {}", path,
					ex.toString(), PosixFilePermissions.toString(permissions));
		}
	}

	private static boolean posix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

	private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
		return PosixFilePermissions.asFileAttribute(permissions);
	}

}
