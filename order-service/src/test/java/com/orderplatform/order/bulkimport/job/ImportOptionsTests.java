package com.orderplatform.order.bulkimport.job;

import com.orderplatform.order.bulkimport.InvalidImportRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * An upload's options are parsed once, where the request arrives: blank means the
 * default, any case and surrounding spaces are accepted, anything else is refused naming
 * the field; a stored option reads back as it was written.
 */
class ImportOptionsTests {

	@Test
	void readsTheNotifyModeInAnyCaseWithPerOrderForBlank() {
		assertThat(NotifyMode.parse(null)).isEqualTo(NotifyMode.PER_ORDER);
		assertThat(NotifyMode.parse(" ")).isEqualTo(NotifyMode.PER_ORDER);
		assertThat(NotifyMode.parse(" Summary ")).isEqualTo(NotifyMode.SUMMARY);
		assertThat(NotifyMode.parse("NONE")).isEqualTo(NotifyMode.NONE);
		assertThat(NotifyMode.PER_ORDER.confirmsEachOrder()).isTrue();
		assertThat(NotifyMode.SUMMARY.confirmsEachOrder()).isFalse();
		assertThat(NotifyMode.SUMMARY.sendsSummary()).isTrue();
		assertThat(NotifyMode.NONE.sendsSummary()).isFalse();
	}

	@Test
	void refusesAnUnknownNotifyModeOrErrorPolicyNamingTheFieldAndTheValues() {
		assertThatExceptionOfType(InvalidImportRequestException.class).isThrownBy(() -> NotifyMode.parse("email"))
			.withMessage("notify must be one of none, per_order, summary, not \"email\"")
			.extracting(InvalidImportRequestException::getField)
			.isEqualTo("notify");
		assertThatExceptionOfType(InvalidImportRequestException.class).isThrownBy(() -> ErrorPolicy.parse("skip"))
			.withMessage("error_policy must be one of all_or_nothing, import_valid, not \"skip\"")
			.extracting(InvalidImportRequestException::getField)
			.isEqualTo("error_policy");
	}

	@Test
	void letsAnAllOrNothingImportGoOnOnlyWithoutAFailedRow() {
		assertThat(ErrorPolicy.parse("")).isEqualTo(ErrorPolicy.IMPORT_VALID);
		assertThat(ErrorPolicy.parse("All_Or_Nothing")).isEqualTo(ErrorPolicy.ALL_OR_NOTHING);
		assertThat(ErrorPolicy.IMPORT_VALID.allowsImportWith(3)).isTrue();
		assertThat(ErrorPolicy.ALL_OR_NOTHING.allowsImportWith(0)).isTrue();
		assertThat(ErrorPolicy.ALL_OR_NOTHING.allowsImportWith(1)).isFalse();
	}

	@Test
	void readsBackEveryStoredOptionAndRefusesAnUnknownOne() {
		for (NotifyMode mode : NotifyMode.values()) {
			assertThat(NotifyMode.fromValue(mode.value())).isEqualTo(mode);
		}
		for (ErrorPolicy policy : ErrorPolicy.values()) {
			assertThat(ErrorPolicy.fromValue(policy.value())).isEqualTo(policy);
		}
		assertThatIllegalArgumentException().isThrownBy(() -> NotifyMode.fromValue("PER_ORDER"))
			.withMessage("Unknown notify 'PER_ORDER'");
	}

	@Test
	void limitsFailedRowsByCountOrShareAndNotAtAllWithoutALimit() {
		MaxErrors count = MaxErrors.parse(" 010 ");
		MaxErrors share = MaxErrors.parse("5%");

		assertThat(count.value()).isEqualTo("10");
		assertThat(share.value()).isEqualTo("5%");
		assertThat(MaxErrors.parse("").value()).isNull();
		assertThat(MaxErrors.fromValue(null)).isEqualTo(MaxErrors.NONE);
		assertThat(MaxErrors.fromValue("5%")).isEqualTo(share);
		assertThat(count.exceeded(10, 100)).isNull();
		assertThat(count.exceeded(11, 100)).isEqualTo("11 of 100 rows failed validation, more than max_errors 10"
				+ " allows; nothing was imported. Download errors.csv, fix the rows and upload the file again.");
		assertThat(share.exceeded(5, 100)).isNull();
		assertThat(share.exceeded(6, 100)).startsWith("6 of 100 rows failed validation, more than max_errors 5% ");
		assertThat(MaxErrors.NONE.exceeded(100, 100)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ten", "-1", "101%", "5.5", "1234567890" })
	void refusesAMaxErrorsThatIsNeitherACountNorAPercentage(String value) {
		assertThatExceptionOfType(InvalidImportRequestException.class).isThrownBy(() -> MaxErrors.parse(value))
			.withMessage("max_errors must be a number of rows (10) or a percentage of the rows from 0% to 100% (5%),"
					+ " not \"" + value + "\"")
			.extracting(InvalidImportRequestException::getField)
			.isEqualTo("max_errors");
	}

}
