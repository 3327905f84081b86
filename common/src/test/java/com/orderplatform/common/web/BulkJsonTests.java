package com.orderplatform.common.web;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import com.orderplatform.common.concurrent.BackgroundWorkers;
import com.orderplatform.common.json.JsonConventions;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RequestBody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A bulk body read, validated and answered on the background workers, with the errors
 * Spring MVC's own {@code @Valid @RequestBody} would raise.
 */
class BulkJsonTests {

	private static final BackgroundWorkers WORKERS = BackgroundWorkers.start("bulk-json-test-", 1, 0);

	private static final MethodParameter BODY = BulkJson.body(SampleController.class, "take");

	/** The thread that built the last {@link Sample}: where the JSON was read. */
	private static final AtomicReference<String> READ_ON = new AtomicReference<>();

	private final JsonMapper json = JsonConventions.apply(JsonMapper.builder()).build();

	private final BulkJson bulk = new BulkJson(this.json, Validation.buildDefaultValidatorFactory().getValidator());

	@AfterAll
	static void stop() {
		WORKERS.close();
	}

	@Test
	void readsWorksAndWritesOnAWorker() {
		AtomicReference<String> workedOn = new AtomicReference<>();
		ResponseEntity<byte[]> answer = this.bulk.answer(WORKERS, """
				{"batch_id": "b-1", "items": [{"order_id": 3}, {"order_id": 4}]}""".getBytes(), BODY, Sample.class,
				HttpStatus.ACCEPTED, (sample) -> {
					workedOn.set(Thread.currentThread().getName());
					return new Answer(sample.batchId(), sample.items().size());
				})
			.join();

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
		assertThat(new String(answer.getBody())).isEqualTo("{\"batch_id\":\"b-1\",\"item_count\":2}");
		assertThat(READ_ON.get()).isEqualTo("bulk-json-test-1");
		assertThat(workedOn.get()).isEqualTo("bulk-json-test-1");
	}

	@Test
	void namesEveryViolatedFieldByItsPathAsSpringMvcDoes() {
		Throwable failure = failureOf("""
				{"items": [{"order_id": 3}, {"order_id": -1}]}""");

		assertThat(failure).isInstanceOf(MethodArgumentNotValidException.class);
		MethodArgumentNotValidException invalid = (MethodArgumentNotValidException) failure;
		assertThat(invalid.getParameter()).isEqualTo(BODY);
		assertThat(invalid.getBindingResult().getObjectName()).isEqualTo("sample");
		assertThat(invalid.getBindingResult().getFieldErrors().stream().map(FieldError::getField).sorted())
			.containsExactly("batchId", "items[1].orderId");
	}

	@Test
	void refusesABodyThatIsNotJsonOfTheTypeAsUnreadable() {
		assertThat(failureOf("{\"batch_id\": ")).isInstanceOf(HttpMessageNotReadableException.class);
		assertThat(failureOf("[1, 2]")).isInstanceOf(HttpMessageNotReadableException.class);
		assertThat(failureOf("null")).isInstanceOf(HttpMessageNotReadableException.class)
			.hasMessage("Required request body is missing");
	}

	@Test
	void findsTheControllersBytesParameter() {
		assertThat(BODY.getParameterIndex()).isEqualTo(1);
		assertThatIllegalArgumentException().isThrownBy(() -> BulkJson.body(SampleController.class, "other"))
			.withMessageContaining("takes no @RequestBody byte[]");
		assertThatIllegalArgumentException().isThrownBy(() -> BulkJson.body(SampleController.class, "missing"))
			.withMessageContaining("has no method missing");
	}

	private Throwable failureOf(String body) {
		Throwable failure = catchThrowable(
				() -> this.bulk.answer(WORKERS, body.getBytes(), BODY, Sample.class, HttpStatus.OK, (sample) -> sample)
					.join());
		assertThat(failure).isInstanceOf(CompletionException.class);
		return failure.getCause();
	}

	record Sample(@NotNull String batchId, @NotEmpty List<@NotNull @Valid Item> items) {

		Sample {
			READ_ON.set(Thread.currentThread().getName());
		}

	}

	record Item(@Positive long orderId) {
	}

	record Answer(String batchId, int itemCount) {
	}

	static class SampleController {

		void take(String name, @RequestBody byte[] body) {
		}

		void other(byte[] body) {
		}

	}

}
