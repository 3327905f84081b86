package com.orderplatform.common.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Owner-only folders (0700) and files (0600), created so from the start and narrowed when
 * they exist already.
 */
class OwnerOnlyTests {

	@TempDir
	Path tmp;

	@Test
	void createsMissingFoldersAndTheirParentsOwnerOnly() throws IOException {
		Path folder = this.tmp.resolve("data/imports");

		OwnerOnly.createDirectories(folder);

		assertThat(permissions(this.tmp.resolve("data"))).isEqualTo("rwx------");
		assertThat(permissions(folder)).isEqualTo("rwx------");
	}

	@Test
	void narrowsAnExistingFolderAndFile() throws IOException {
		Path folder = Files.createDirectory(this.tmp.resolve("data"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		Path file = Files.createFile(folder.resolve("order_service.db"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));

		OwnerOnly.createDirectories(folder);
		OwnerOnly.createFile(file);

		assertThat(permissions(folder)).isEqualTo("rwx------");
		assertThat(permissions(file)).isEqualTo("rw-------");
	}

	@Test
	void createsFilesAndTemporaryFilesOwnerOnly() throws IOException {
		Path file = OwnerOnly.createFile(this.tmp.resolve("a.db"));
		Path temp = OwnerOnly.createTempFile(this.tmp, "upload-", ".part");

		assertThat(permissions(file)).isEqualTo("rw-------");
		assertThat(permissions(temp)).isEqualTo("rw-------");
		assertThat(temp.getFileName().toString()).startsWith("upload-").endsWith(".part");
	}

	@Test
	void restrictsWhatExistsAndLeavesMissingPathsAlone() throws IOException {
		Path log = Files.writeString(this.tmp.resolve("order-service.log"), "x");
		Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-rw-r--"));

		OwnerOnly.restrict(log);
		OwnerOnly.restrict(this.tmp.resolve("missing.db-wal"));

		assertThat(permissions(log)).isEqualTo("rw-------");
		assertThat(this.tmp.resolve("missing.db-wal")).doesNotExist();
	}

	static String permissions(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

}
