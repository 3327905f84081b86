package com.orderplatform.order.bulkimport.job;

import com.orderplatform.order.bulkimport.ImportConflictException;

/**
 * A job was asked to move to a state its current state does not lead to, e.g.
 * {@code "Import 42 cannot move from completed to processing"}, or a user asked for a
 * move the job refuses ("Import 42 cannot be retried in state processing: it is still
 * running"). A conflict, so the API answers 409.
 */
public class IllegalImportTransitionException extends ImportConflictException {

	private final String jobId;

	private final ImportJobState from;

	private final ImportJobState to;

	/**
	 * Creates the exception with a message naming the job and both states.
	 * @param jobId the job
	 * @param from its current state
	 * @param to the state asked for
	 */
	public IllegalImportTransitionException(String jobId, ImportJobState from, ImportJobState to) {
		this(jobId, from, to, "Import " + jobId + " cannot move from " + from + " to " + to);
	}

	/**
	 * Creates the exception for a move a user asked for, with the message the API
	 * answers.
	 * @param jobId the job
	 * @param from its current state
	 * @param to the state the move would have led to
	 * @param message why, naming the job and its state
	 */
	public IllegalImportTransitionException(String jobId, ImportJobState from, ImportJobState to, String message) {
		super(message);
		this.jobId = jobId;
		this.from = from;
		this.to = to;
	}

	/**
	 * The job.
	 * @return its id
	 */
	public String getJobId() {
		return this.jobId;
	}

	/**
	 * The job's state when the move was refused.
	 * @return the current state
	 */
	public ImportJobState getFrom() {
		return this.from;
	}

	/**
	 * The state the move would have led to.
	 * @return the requested state
	 */
	public ImportJobState getTo() {
		return this.to;
	}

}
