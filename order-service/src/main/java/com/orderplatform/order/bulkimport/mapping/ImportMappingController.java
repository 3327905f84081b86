package com.orderplatform.order.bulkimport.mapping;

import java.io.IOException;
import java.security.Principal;

import com.orderplatform.common.openapi.ProblemStatus;
import com.orderplatform.order.api.ImportJobView;
import com.orderplatform.order.api.ImportMappingPreview;
import com.orderplatform.order.api.ImportMappingRequest;
import com.orderplatform.order.api.ImportMappingSpec;
import com.orderplatform.order.api.ImportMappingView;
import com.orderplatform.order.api.ImportProfileList;
import com.orderplatform.order.api.ImportProfileRequest;
import com.orderplatform.order.api.ImportProfileView;
import com.orderplatform.order.bulkimport.FileErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mapping step of an import ({@code /api/v1/imports/{id}/mapping}) and the mapping
 * profiles ({@code /api/v1/import-profiles}), for admins like the rest of the import.
 */
@RestController
@Tag(name = "Imports", description = "Upload CSV files of orders, follow the jobs, download their errors")
class ImportMappingController {

	private final ImportMappings mappings;

	private final ImportProfiles profiles;

	ImportMappingController(ImportMappings mappings, ImportProfiles profiles) {
		this.mappings = mappings;
		this.profiles = profiles;
	}

	@GetMapping("/api/v1/imports/{id}/mapping")
	@Operation(summary = "A job's header, first rows and the mapping to start from (its own, its profile's, or a"
			+ " suggestion), with how each header was matched")
	@ProblemStatus(value = 410, when = "The job is older than the retention period; its file is gone")
	@ProblemStatus(value = 409, when = "The job's file is gone")
	@ProblemStatus(value = 503, when = "The import storage did not answer (code STORAGE_UNAVAILABLE); try again")
	ImportMappingView get(@PathVariable String id) throws IOException {
		return this.mappings.view(id);
	}

	@PostMapping("/api/v1/imports/{id}/mapping/preview")
	@Operation(summary = "The job's first rows read with a mapping and validated exactly as the import will",
			description = "problems lists what is wrong with the mapping as a whole; empty when it can be confirmed")
	@ProblemStatus(value = 410, when = "The job is older than the retention period; its file is gone")
	@ProblemStatus(value = 503, when = "The import storage did not answer (code STORAGE_UNAVAILABLE); try again")
	ImportMappingPreview preview(@PathVariable String id, @RequestBody ImportMappingSpec mapping) throws IOException {
		return this.mappings.preview(id, mapping);
	}

	@PutMapping("/api/v1/imports/{id}/mapping")
	@Operation(summary = "Confirm a job's mapping (optionally saving it as a profile): the job is queued")
	@ProblemStatus(value = 409, when = "The job does not wait for its columns to be mapped (needs_mapping)")
	@ProblemStatus(value = 422, when = "The mapping cannot be used (code MAPPING_INVALID); the message names why")
	@ProblemStatus(value = 410, when = "The job is older than the retention period; its file is gone")
	ImportJobView confirm(@PathVariable String id, @RequestBody ImportMappingRequest request, Principal principal)
			throws IOException {
		return this.mappings.map(id, request, principal.getName());
	}

	@GetMapping("/api/v1/import-profiles")
	@Operation(summary = "The column mapping profiles, by name")
	ImportProfileList profiles() {
		return this.profiles.list();
	}

	@GetMapping("/api/v1/import-profiles/{name}")
	@Operation(summary = "A column mapping profile")
	@ProblemStatus(value = 404, when = "There is no profile of that name (code PROFILE_NOT_FOUND)")
	ImportProfileView profile(@PathVariable String name) {
		return this.profiles.find(name).map(ImportProfiles::view).orElseThrow(() -> notFound(name));
	}

	@PutMapping("/api/v1/import-profiles/{name}")
	@Operation(summary = "Create or replace a column mapping profile: the header set it recognises and its mapping")
	@ProblemStatus(value = 422,
			when = "A bad name, no headers, or a mapping that does not fit them (code MAPPING_INVALID)")
	ImportProfileView saveProfile(@PathVariable String name, @RequestBody ImportProfileRequest request,
			Principal principal) {
		return this.profiles.put(name, request, principal.getName());
	}

	@DeleteMapping("/api/v1/import-profiles/{name}")
	@Operation(summary = "Delete a column mapping profile (jobs that used it keep their mapping)")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ProblemStatus(value = 404, when = "There is no profile of that name (code PROFILE_NOT_FOUND)")
	ResponseEntity<Void> deleteProfile(@PathVariable String name) {
		if (!this.profiles.delete(name)) {
			throw notFound(name);
		}
		return ResponseEntity.noContent().build();
	}

	private static ErrorResponseException notFound(String name) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no column mapping profile named \"" + name + "\".");
		problem.setProperty("code", FileErrorCode.PROFILE_NOT_FOUND.name());
		return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
	}

}
