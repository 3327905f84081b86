package com.orderplatform.order.bulkimport.storage;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A job's file readable on this machine: the stored file itself (local folder), or a
 * temporary copy of the object (object storage) that {@link #close()} deletes. Readers
 * that pass over the file several times (inspect, count, stage) read the copy, so the
 * object is downloaded once per run.
 *
 * @param path the file to read
 * @param temporary whether closing deletes it
 */
public record LocalFile(Path path, boolean temporary) implements Closeable {

	@Override
	public void close() throws IOException {
		if (this.temporary) {
			Files.deleteIfExists(this.path);
		}
	}

}
