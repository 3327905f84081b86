/**
 * The import job and its queue. {@link ImportJob} is the aggregate: its
 * {@link ImportJobState} and the guarded moves a user asks for (confirm, retry, cancel)
 * that throw {@link IllegalImportTransitionException} naming the job and both states; its
 * typed options ({@link NotifyMode}, {@link ErrorPolicy}, {@link MaxErrors}) are parsed
 * once at the edge. {@link ImportJobRepository} stores only what the job decided, on the
 * condition that it is still in the state the decision was made on;
 * {@link ImportJobClaims} is the runner's side (claims, checkpoints, waits, ends) on the
 * shared lease helper {@code common.lease}, to which it passes only the import's rules;
 * {@link ImportFiles} receives the uploaded files and hands them to the
 * {@code storage.ImportStore} (a folder or a bucket), and {@link ImportRetention} deletes
 * old jobs' files and staged rows. It may use the public face, {@code file},
 * {@code staging} and {@code storage}, and {@code common.lease}; never {@code processing}
 * or {@code job.run}.
 */
package com.orderplatform.order.bulkimport.job;
