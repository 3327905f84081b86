package com.orderplatform.order.bulkimport;

import java.time.Clock;
import java.util.Optional;

import com.orderplatform.order.api.ImportJobView;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.ImportJobRepository;
import com.orderplatform.order.bulkimport.job.run.ImportRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Confirms a validated dry run ({@link ImportJob#confirmed}): the job decides whether it
 * can be, the repository stores the move only while the job is still validated, and the
 * runner imports the same stored file. A second real import of a file is refused unless
 * forced.
 */
@Component
public class ImportConfirmation {

	private static final Logger log = LoggerFactory.getLogger(ImportConfirmation.class);

	private final ImportService imports;

	private final ImportJobRepository jobs;

	private final ImportRunner runner;

	private final Clock clock;

	ImportConfirmation(ImportService imports, ImportJobRepository jobs, ImportRunner runner, Clock clock) {
		this.imports = imports;
		this.jobs = jobs;
		this.runner = runner;
		this.clock = clock;
	}

	/**
	 * Turns a validated dry run into a real import of the same stored file: it is queued
	 * again, validated again (the same result) and processed.
	 * @param id the job's id
	 * @param force import it even when the same file was imported meanwhile
	 * @return the job, queued
	 * @throws ImportConflictException unless it is a validated dry run, or (without
	 * {@code force}) when a real import of the same file is queued, running or ended
	 * without failing
	 */
	public ImportJobView confirm(String id, boolean force) {
		ImportJob dryRun = this.imports.findWithRows(id);
		Optional<ImportJob> imported = this.jobs.findReusable(dryRun.sha256(), true)
			.filter(other -> !other.id().equals(id));
		if (!force && dryRun.dryRun() && imported.isPresent()) {
			throw new ImportConflictException("The same file was already imported by import " + imported.get().id()
					+ " (" + imported.get().state() + "); confirm with force=true to import it again");
		}
		ImportJob confirmed = dryRun.confirmed(this.clock.instant());
		if (!this.jobs.requeue(confirmed, dryRun.state())) {
			// It changed meanwhile (another confirm, say): decide again on what it is
			// now.
			this.imports.find(id).confirmed(this.clock.instant());
			throw new ImportConflictException("Import " + id + " changed while it was being confirmed; try again");
		}
		log.info("Import {} confirmed: importing the validated dry run", id);
		this.runner.wake();
		return this.imports.get(id);
	}

}
