/**
 * What a claimed job does: {@link ImportWorker} runs it; {@link ImportValidation} stages
 * every row and error and groups the orders; {@link ImportProcessing} goes on from the
 * job's checkpoint one chunk at a time ({@link ImportChunks}: saved by
 * {@link ImportOrderWriter}, charged with one batch payment by {@link ImportCharger},
 * confirmed with one bulk notification by {@link ImportConfirmations});
 * {@link ImportCompletion} and {@link ImportSummary} end it, {@link ImportCancellation}
 * cancels jobs. It uses every other part of the import and the order, payment and
 * notification features' public faces.
 */
package com.orderplatform.order.bulkimport.processing;
