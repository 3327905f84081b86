package com.orderplatform.order.bulkimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import com.orderplatform.common.openapi.ProblemStatus;
import com.orderplatform.order.api.ImportErrorPage;
import com.orderplatform.order.api.ImportJobPage;
import com.orderplatform.order.api.ImportJobView;
import com.orderplatform.order.bulkimport.file.csv.TemplateCsv;
import com.orderplatform.order.bulkimport.processing.ImportCancellation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/** The CSV import API ({@code /api/v1/imports}), for admins. */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Upload CSV files of orders, follow the jobs, download their errors")
class ImportController {

	private final ImportService imports;

	private final ImportDownloads downloads;

	private final ImportRetry retries;

	private final ImportCancellation cancellation;

	private final ImportConfirmation confirmation;

	ImportController(ImportService imports, ImportDownloads downloads, ImportRetry retries,
			ImportCancellation cancellation, ImportConfirmation confirmation) {
		this.imports = imports;
		this.downloads = downloads;
		this.retries = retries;
		this.cancellation = cancellation;
		this.confirmation = confirmation;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a CSV file or an Excel workbook (.xlsx, sheet=NAME or the first) of orders",
			description = "202 + Location with the queued job (needs_mapping when its headers are not ours and no"
					+ " profile fits); 200 with the existing job for the same Idempotency-Key or file (unless force=true)")
	@ApiResponse(responseCode = "202", description = "A new job, queued", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "200", description = "The existing job (same file or key)", useReturnTypeSchema = true)
	@ProblemStatus(value = 409, when = "The Idempotency-Key was used before for another file")
	@ProblemStatus(value = 422,
			when = "The file cannot be imported as a whole (encoding, rows, workbook, unknown profile); see its code")
	@ProblemStatus(value = 503,
			when = "The import storage did not answer (code STORAGE_UNAVAILABLE): nothing was imported; try again")
	ResponseEntity<ImportJobView> upload(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "dry_run", defaultValue = "false") boolean dryRun,
			@RequestParam(name = "notify", required = false) String notifyMode,
			@RequestParam(name = "error_policy", required = false) String errorPolicy,
			@RequestParam(name = "max_errors", required = false) String maxErrors,
			@RequestParam(required = false) String encoding, @RequestParam(defaultValue = "false") boolean force,
			@RequestParam(required = false) String sheet, @RequestParam(required = false) String profile,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Principal principal,
			UriComponentsBuilder uri) throws IOException {
		ImportUpload upload = ImportUpload.parse(file.getOriginalFilename(), dryRun, notifyMode, errorPolicy, maxErrors,
				encoding, force, idempotencyKey, principal.getName(), sheet, profile);
		ImportService.Accepted accepted;
		try (InputStream content = file.getInputStream()) {
			accepted = this.imports.upload(upload, content);
		}
		return ResponseEntity.status(accepted.created() ? HttpStatus.ACCEPTED : HttpStatus.OK)
			.location(uri.path("/api/v1/imports/{id}").buildAndExpand(accepted.job().id()).toUri())
			.body(accepted.job());
	}

	@GetMapping
	@Operation(summary = "List import jobs, newest first")
	ImportJobPage list(@RequestParam(defaultValue = "0") @Min(0) int skip,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		return this.imports.list(skip, limit);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read an import job with its counts and progress")
	ImportJobView get(@PathVariable String id) {
		return this.imports.get(id);
	}

	@GetMapping("/{id}/errors")
	@Operation(summary = "A job's row errors, by row number")
	@ProblemStatus(value = 410, when = "The job is older than the retention period; its rows are gone")
	ImportErrorPage errors(@PathVariable String id, @RequestParam(defaultValue = "0") @Min(0) int skip,
			@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
		return this.imports.errors(id, skip, limit);
	}

	@GetMapping("/{id}/errors.csv")
	@Operation(summary = "The failed rows as uploaded, with their errors, to fix and upload again"
			+ " (in the upload's encoding; UTF-8 with BOM for a workbook)")
	@ProblemStatus(value = 409, when = "The job has not been validated yet")
	@ProblemStatus(value = 410, when = "The job is older than the retention period; its rows are gone")
	@ProblemStatus(value = 503, when = "The import storage did not answer (code STORAGE_UNAVAILABLE); try again")
	void errorsCsv(@PathVariable String id, HttpServletResponse response) throws IOException {
		send(this.downloads.errorsCsv(id), response);
	}

	@GetMapping("/{id}/errors.xlsx")
	@Operation(summary = "The failed rows of a CSV or workbook upload with their errors, as an Excel workbook")
	@ProblemStatus(value = 409, when = "The job has not been validated yet")
	@ProblemStatus(value = 410, when = "The job is older than the retention period; its rows are gone")
	@ProblemStatus(value = 503, when = "The import storage did not answer (code STORAGE_UNAVAILABLE); try again")
	void errorsXlsx(@PathVariable String id, HttpServletResponse response) throws IOException {
		send(this.downloads.errorsXlsx(id), response);
	}

	@GetMapping("/{id}/results.csv")
	@Operation(summary = "Every row of a completed import with its result (imported + order id, or failed + errors)")
	@ProblemStatus(value = 409, when = "The job has not finished")
	@ProblemStatus(value = 410, when = "The job is older than the retention period; its rows are gone")
	@ProblemStatus(value = 503, when = "The import storage did not answer (code STORAGE_UNAVAILABLE); try again")
	void resultsCsv(@PathVariable String id, HttpServletResponse response) throws IOException {
		send(this.downloads.resultsCsv(id), response);
	}

	@PostMapping("/{id}/retry")
	@Operation(
			summary = "Queue an ended import to charge its unpaid orders again and queue missing confirmations"
					+ " (idempotent), or a job that failed on an unexpected error to go on from its checkpoint",
			description = "202 with the job, queued again; 409 in any other state")
	@ApiResponse(responseCode = "202", description = "The job, queued again", useReturnTypeSchema = true)
	@ProblemStatus(value = 409, when = "The job is not one that can be retried")
	@ProblemStatus(value = 410, when = "The job is older than the retention period")
	ResponseEntity<ImportJobView> retry(@PathVariable String id) {
		return ResponseEntity.accepted().body(this.retries.retry(id));
	}

	private static void send(ImportDownloads.Download download, HttpServletResponse response) throws IOException {
		response.setContentType(download.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(download.filename(), StandardCharsets.UTF_8)
					.build()
					.toString());
		download.writer().writeTo(response.getOutputStream());
	}

	@GetMapping("/template.csv")
	@Operation(summary = "An example file (lang=ja or en), UTF-8 with BOM")
	ResponseEntity<byte[]> template(@RequestParam(defaultValue = "ja") String lang) throws IOException {
		TemplateCsv.Language language = TemplateCsv.Language.parse(lang);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		TemplateCsv.write(out, language);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(TemplateCsv.fileName(language)).build().toString())
			.body(out.toByteArray());
	}

	@PostMapping("/{id}/confirm")
	@Operation(summary = "Import a validated dry run for real (202 with the job, queued again)",
			description = "409 unless the job is a validated dry run, or when the same file was imported for real "
					+ "meanwhile (force=true imports it again)")
	@ApiResponse(responseCode = "202", description = "The job, queued again to import for real",
			useReturnTypeSchema = true)
	@ProblemStatus(value = 410, when = "The dry run is older than the retention period; its file and rows are gone")
	@ProblemStatus(value = 409,
			when = "The job is not a validated dry run, or its file was imported already (force=true overrides)")
	ResponseEntity<ImportJobView> confirm(@PathVariable String id,
			@RequestParam(name = "force", defaultValue = "false") boolean force) {
		return ResponseEntity.accepted().body(this.confirmation.confirm(id, force));
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel a job: a queued one never starts, a waiting one ends at once, a running one stops"
			+ " after its current chunk")
	@ProblemStatus(value = 409, when = "The job has ended already")
	ImportJobView cancel(@PathVariable String id) {
		this.cancellation.cancel(id);
		return this.imports.get(id);
	}

}
