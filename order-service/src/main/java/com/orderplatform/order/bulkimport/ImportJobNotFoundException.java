package com.orderplatform.order.bulkimport;

/**
 * No import job has the id.
 */
public class ImportJobNotFoundException extends RuntimeException {

	ImportJobNotFoundException(String id) {
		super("Import " + id + " not found");
	}

}
