package com.orderplatform.common.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProblemDetailsExceptionHandlerTests {

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.standaloneSetup(new SampleController())
			.setControllerAdvice(new SampleAdvice())
			.addFilters(new RequestIdFilter())
			.build();
	}

	@Test
	void invalidFieldIsNamedInSnakeCase() throws Exception {
		this.mvc
			.perform(post("/samples").contentType(MediaType.APPLICATION_JSON)
				.content("{\"customerName\":\"田中\",\"unitPrice\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("unit_price"))
			.andExpect(jsonPath("$.errors[0].field").value("unit_price"))
			.andExpect(jsonPath("$.detail").value("unit_price: must be greater than 0"));
	}

	@Test
	void invalidQueryParametersAreNamedAsTheClientSentThem() throws Exception {
		this.mvc.perform(get("/samples").param("batch_id", "toolong").param("pageLimit", "500"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("batch_id", "page_limit")));
	}

	@Test
	void malformedJsonIsABadRequestWithoutParserInternals() throws Exception {
		this.mvc.perform(post("/samples").contentType(MediaType.APPLICATION_JSON).content("{\"customerName\":"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("The request body is missing or is not valid JSON of the expected shape."));
	}

	@Test
	void unexpectedFailureIsA500WithTheRequestIdAndNoStackTrace() throws Exception {
		this.mvc.perform(get("/samples/boom").header(RequestIds.HEADER, "req-42"))
			.andExpect(status().isInternalServerError())
			.andExpect(header().string(RequestIds.HEADER, "req-42"))
			.andExpect(jsonPath("$.detail").value(containsString("req-42")))
			.andExpect(content().string(not(containsString("IllegalStateException"))))
			.andExpect(content().string(not(containsString("secret internal"))));
	}

	@Test
	void wrongPathVariableTypeNamesTheParameter() throws Exception {
		this.mvc.perform(get("/samples/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("id"))
			.andExpect(jsonPath("$.detail").value("Parameter 'id' has an invalid value 'abc'."));
	}

	@Test
	void domainExceptionMapsThroughTheSubclassHandler() throws Exception {
		this.mvc.perform(get("/samples/7"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Sample 7 not found"));
	}

	@Test
	void unsafeRequestIdIsReplacedByAGeneratedOne() throws Exception {
		this.mvc.perform(get("/samples/7").header(RequestIds.HEADER, "bad id\r\nInjected: yes"))
			.andExpect(header().string(RequestIds.HEADER, org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}")));
	}

	record SampleRequest(@NotBlank String customerName, @Positive(message = "must be greater than 0") int unitPrice) {
	}

	static class SampleNotFoundException extends RuntimeException {

		SampleNotFoundException(long id) {
			super("Sample " + id + " not found");
		}

	}

	@RestController
	static class SampleController {

		@PostMapping("/samples")
		SampleRequest create(@Valid @RequestBody SampleRequest request) {
			return request;
		}

		@GetMapping("/samples")
		String list(@RequestParam(name = "batch_id") @jakarta.validation.constraints.Size(max = 3) String batchId,
				@RequestParam @jakarta.validation.constraints.Max(100) int pageLimit) {
			return batchId + pageLimit;
		}

		@GetMapping("/samples/boom")
		String boom() {
			throw new IllegalStateException("secret internal state");
		}

		@GetMapping("/samples/{id}")
		String find(@PathVariable long id) {
			throw new SampleNotFoundException(id);
		}

	}

	@RestControllerAdvice
	static class SampleAdvice extends ProblemDetailsExceptionHandler {

		@org.springframework.web.bind.annotation.ExceptionHandler(SampleNotFoundException.class)
		org.springframework.http.ResponseEntity<org.springframework.http.ProblemDetail> notFound(
				SampleNotFoundException ex) {
			return problem(org.springframework.http.HttpStatus.NOT_FOUND, ex.getMessage());
		}

	}

}
