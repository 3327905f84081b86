/**
 * Where the import keeps uploaded files, so that every instance of the service can read
 * every job's file. {@link com.orderplatform.order.bulkimport.storage.ImportStore} is the
 * port: a local folder
 * ({@link com.orderplatform.order.bulkimport.storage.LocalImportStore}, the
 * single-machine default) or an S3-compatible bucket
 * ({@link com.orderplatform.order.bulkimport.storage.S3ImportStore}, for several
 * instances behind a load balancer), chosen by {@code OMS_IMPORT_STORAGE}
 * ({@link com.orderplatform.order.bulkimport.storage.ImportStoreProperties}). Either way
 * an upload is first received into a local owner-only folder (streamed, hashed while
 * received) and then handed to the store; readers get a local file, for object storage a
 * temporary copy deleted when they are done. This package knows nothing of jobs: it
 * stores bytes under a job id.
 */
package com.orderplatform.order.bulkimport.storage;
