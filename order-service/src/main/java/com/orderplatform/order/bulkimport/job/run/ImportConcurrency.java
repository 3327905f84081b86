package com.orderplatform.order.bulkimport.job.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import com.orderplatform.common.lease.ClaimLimit;
import com.orderplatform.common.storage.SqlDialect;
import com.orderplatform.order.bulkimport.ImportProperties;
import com.orderplatform.order.bulkimport.job.ImportJobClaims;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The cluster-wide limit of imports running at once
 * ({@code OMS_IMPORT_MAX_CONCURRENT_JOBS}): a runner claims a job only while fewer than
 * the limit run on all the instances together, as the database counts them. A job counts
 * while it is validating or processing under a live lease; a job parked while it waits
 * out an outage holds no worker and does not count (as on one instance before), and a
 * dead instance's jobs stop counting when their leases end, when they become free to
 * take. The count and the claims run under one {@link ClaimLimit} (its Javadoc says why
 * an advisory lock rather than slot rows), so two instances claiming together cannot both
 * take the last place; on SQLite the single writer makes them exact as well.
 */
@Component
class ImportConcurrency {

	private final ImportJobClaims claims;

	private final ImportProperties properties;

	private final ClaimLimit limit;

	ImportConcurrency(ImportJobClaims claims, ImportProperties properties, JdbcClient jdbc, DataSource dataSource,
			PlatformTransactionManager transactions) {
		this.claims = claims;
		this.properties = properties;
		this.limit = new ClaimLimit(jdbc, SqlDialect.of(dataSource), transactions, "import_jobs");
	}

	/**
	 * Claims the oldest claimable jobs, as many as both the cluster and this runner have
	 * room for, starting them.
	 * @param instanceId the claiming runner
	 * @param room workers free on this instance
	 * @param running the jobs this runner runs already (claimable to it as its own, so
	 * skipped)
	 * @param now the time of the claim
	 * @return the claimed jobs, oldest first; empty when there is no room or no work
	 */
	List<String> claim(String instanceId, int room, Set<String> running, Instant now) {
		return this.limit.exclusively(() -> {
			int free = Math.min(room, this.properties.maxConcurrentJobs() - this.claims.running(now));
			List<String> taken = new ArrayList<>();
			if (free <= 0) {
				return taken;
			}
			Instant until = now.plus(this.properties.lease());
			for (String id : this.claims.claimable(instanceId, now, free + running.size())) {
				if (taken.size() == free) {
					break;
				}
				if (!running.contains(id) && this.claims.claim(id, instanceId, now, until)) {
					taken.add(id);
				}
			}
			return taken;
		});
	}

}
