package com.orderplatform.order.bulkimport.processing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.orderplatform.notification.api.BulkNotificationItem;
import com.orderplatform.notification.api.BulkNotificationRequest;
import com.orderplatform.order.bulkimport.ImportProperties;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.staging.ImportStagingRepository;
import com.orderplatform.order.notification.NotificationClient;
import com.orderplatform.order.notification.NotificationServiceException;
import com.orderplatform.order.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Tells the uploader how their import ended: one {@code IMPORT_SUMMARY} email with the
 * counts and a link to the job's page in the dashboard, whenever a real import completes
 * and its {@code notify} mode is not {@code none}. It goes to the uploader's email
 * address (the users API), or to their user name when that is an address (a user of an
 * external identity provider). The idempotency key {@code import:<job>:summary} keeps it
 * to one message when a resumed run finishes the job again.
 */
@Component
class ImportSummary {

	private static final Logger log = LoggerFactory.getLogger(ImportSummary.class);

	static final String TEMPLATE = "IMPORT_SUMMARY";

	private final UserService users;

	private final NotificationClient notifications;

	private final ImportStagingRepository staging;

	private final ImportProperties properties;

	ImportSummary(UserService users, NotificationClient notifications, ImportStagingRepository staging,
			ImportProperties properties) {
		this.users = users;
		this.notifications = notifications;
		this.staging = staging;
		this.properties = properties;
	}

	/**
	 * Queues the summary of a completed import, unless its mode is {@code none}, the
	 * uploader has no email address, or it created no order (every notification belongs
	 * to an order). A notification service that cannot be reached is logged, not fatal:
	 * the job's counts stay in the API.
	 * @param job the job, as it finishes
	 * @param counts the rows and amounts to report
	 */
	void send(ImportJob job, Counts counts) {
		if (!job.notifyMode().sendsSummary()) {
			return;
		}
		Optional<String> recipient = recipient(job.createdBy());
		if (recipient.isEmpty()) {
			log.info("Import {}: no summary sent, user '{}' has no email address (set one with PATCH /api/v1/users/{})",
					job.id(), job.createdBy(), job.createdBy());
			return;
		}
		Optional<Long> orderId = this.staging.firstOrderId(job.id());
		if (orderId.isEmpty()) {
			log.info("Import {}: no summary sent, the import created no order", job.id());
			return;
		}
		BulkNotificationItem item = new BulkNotificationItem(orderId.get(), "email", recipient.get(), TEMPLATE,
				data(job, counts), null, "import:" + job.id() + ":summary", job.id());
		try {
			this.notifications.sendBulk(new BulkNotificationRequest(List.of(item)));
		}
		catch (NotificationServiceException ex) {
			log.warn("Import {}: summary to the uploader not queued: {}", job.id(), ex.getMessage());
		}
	}

	private Optional<String> recipient(String username) {
		return this.users.emailOf(username).or(() -> username.contains("@") ? Optional.of(username) : Optional.empty());
	}

	private Map<String, Object> data(ImportJob job, Counts counts) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("batch_id", job.id());
		data.put("filename", job.filename());
		data.put("total_rows", counts.totalRows());
		data.put("success_rows", counts.successRows());
		data.put("failed_rows", counts.failedRows());
		data.put("order_count", counts.orderCount());
		data.put("total_amount", counts.totalAmount());
		data.put("job_url", jobUrl(job.id()));
		return data;
	}

	private String jobUrl(String jobId) {
		String base = this.properties.dashboardUrl().toString();
		return (base.endsWith("/") ? base : base + "/") + "imports/" + jobId;
	}

	/**
	 * What the summary reports.
	 *
	 * @param totalRows the file's data rows
	 * @param successRows rows that became part of an order
	 * @param failedRows rows that failed validation
	 * @param orderCount orders created
	 * @param totalAmount the created orders' total, in yen
	 */
	record Counts(int totalRows, int successRows, int failedRows, int orderCount, long totalAmount) {
	}

}
