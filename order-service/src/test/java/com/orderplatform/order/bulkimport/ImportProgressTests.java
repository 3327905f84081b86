package com.orderplatform.order.bulkimport;

import com.orderplatform.order.api.ImportJobStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job's progress as the API shows it: one bar that only grows, validation first (a
 * fifth of a real import), never 1 before the job has ended.
 */
class ImportProgressTests {

	@Test
	void aRealImportSpendsAFifthOfItsProgressValidatingAndTheRestImporting() {
		assertThat(ImportJobViews.progress(ImportJobStatus.QUEUED, false, 0, 0)).isZero();
		assertThat(ImportJobViews.progress(ImportJobStatus.VALIDATING, false, 5_000, 10_000)).isEqualTo(0.1);
		assertThat(ImportJobViews.progress(ImportJobStatus.VALIDATING, false, 10_000, 10_000)).isEqualTo(0.2);
		assertThat(ImportJobViews.progress(ImportJobStatus.PROCESSING, false, 0, 9_700)).isEqualTo(0.2);
		assertThat(ImportJobViews.progress(ImportJobStatus.PROCESSING, false, 4_850, 9_700)).isEqualTo(0.6);
		assertThat(ImportJobViews.progress(ImportJobStatus.PROCESSING, false, 9_700, 9_700)).isEqualTo(0.999);
		assertThat(ImportJobViews.progress(ImportJobStatus.COMPLETED_WITH_ERRORS, false, 10_000, 10_000))
			.isEqualTo(1.0);
	}

	@Test
	void aDryRunIsAllValidation() {
		assertThat(ImportJobViews.progress(ImportJobStatus.VALIDATING, true, 2_500, 10_000)).isEqualTo(0.25);
		assertThat(ImportJobViews.progress(ImportJobStatus.VALIDATING, true, 10_000, 10_000)).isEqualTo(0.999);
		assertThat(ImportJobViews.progress(ImportJobStatus.VALIDATED, true, 10_000, 10_000)).isEqualTo(1.0);
	}

}
