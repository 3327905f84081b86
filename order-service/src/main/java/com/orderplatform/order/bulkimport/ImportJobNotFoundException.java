package com.orderplatform.order.bulkimport;

/**
 * No import job has the id.
 */
public class ImportJobNotFoundException extends RuntimeException {

	public ImportJobNotFoundException(String id) {
		super("Import " + id + " not found");
	}

}
