package com.orderplatform.order.bulkimport.staging;

import java.util.ArrayList;
import java.util.List;

import com.orderplatform.order.bulkimport.file.validation.ValidatedRow;

/**
 * Reads a job's staged rows back one order at a time, in pages ordered by
 * {@code (group_key, row_number)}: one order and one page in memory, whatever the file's
 * size.
 */
public final class StagedOrders {

	private final ImportStagingRepository staging;

	private final String jobId;

	private final int pageSize;

	private final String startAfter;

	public StagedOrders(ImportStagingRepository staging, String jobId, int pageSize) {
		this(staging, jobId, pageSize, null);
	}

	/**
	 * Orders after a checkpoint.
	 * @param startAfter the group key of the last order already done, {@code null} to
	 * start with the first
	 */
	public StagedOrders(ImportStagingRepository staging, String jobId, int pageSize, String startAfter) {
		this.staging = staging;
		this.jobId = jobId;
		this.pageSize = pageSize;
		this.startAfter = startAfter;
	}

	/** What to do with each order's rows. */
	@FunctionalInterface
	public interface OrderRows {

		void accept(List<ValidatedRow> rows) throws InterruptedException;

	}

	/** What to do after each page (write what was gathered, checkpoint). */
	@FunctionalInterface
	public interface PageEnd {

		void run() throws InterruptedException;

	}

	public void forEach(OrderRows onOrder, PageEnd onPageEnd) throws InterruptedException {
		List<ValidatedRow> order = new ArrayList<>();
		// Every row of the checkpoint's order is behind it: (key, MAX) > (key, any row).
		String key = (this.startAfter != null) ? this.startAfter : "";
		int rowNumber = (this.startAfter != null) ? Integer.MAX_VALUE : 0;
		while (true) {
			List<ValidatedRow> page = this.staging.rowsAfter(this.jobId, key, rowNumber, this.pageSize);
			for (ValidatedRow row : page) {
				if (!order.isEmpty() && !order.get(0).groupKey().equals(row.groupKey())) {
					onOrder.accept(order);
					order = new ArrayList<>();
				}
				order.add(row);
			}
			if (page.isEmpty()) {
				if (!order.isEmpty()) {
					onOrder.accept(order);
				}
				onPageEnd.run();
				return;
			}
			onPageEnd.run();
			key = page.get(page.size() - 1).groupKey();
			rowNumber = page.get(page.size() - 1).rowNumber();
		}
	}

}
