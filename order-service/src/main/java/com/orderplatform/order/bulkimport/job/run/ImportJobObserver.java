package com.orderplatform.order.bulkimport.job.run;

/**
 * Told when a runner starts a job, before it reads the file. The service has none; tests
 * register one to hold a job in a known state.
 */
public interface ImportJobObserver {

	/**
	 * A runner has claimed the job and is about to run it.
	 * @param jobId the job
	 * @param filename the uploaded file's name
	 * @throws InterruptedException when the runner is stopped while waiting here
	 */
	void starting(String jobId, String filename) throws InterruptedException;

}
