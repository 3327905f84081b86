package com.orderplatform.common.logging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What of a recipient a log line may show. */
class MaskedTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "tanaka@example.co.jp, t***@example.co.jp", "a@b.jp, a***@b.jp", "田中@example.jp, 田***@example.jp",
			"𠮷野@example.jp, 𠮷***@example.jp", "@example.jp, ***" })
	void masksAnEmailAddressButItsFirstCharacterAndDomain(String address, String masked) {
		assertThat(Masked.email(address)).isEqualTo(masked);
		assertThat(Masked.recipient(address)).isEqualTo(masked);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "+81312345678, +81*******78", "+819012345678, +81********78", "09012345678, 090******78",
			"1234567, ***" })
	void masksAPhoneNumberButItsCountryCodeAndLastTwoDigits(String number, String masked) {
		assertThat(Masked.phone(number)).isEqualTo(masked);
		assertThat(Masked.recipient(number)).isEqualTo(masked);
	}

	@Test
	void masksNothingAsStars() {
		assertThat(Masked.email(null)).isEqualTo("***");
		assertThat(Masked.email("not-an-address")).isEqualTo("***");
		assertThat(Masked.recipient(null)).isEqualTo("***");
	}

	@Test
	void masksEveryAddressInAText() {
		assertThat(Masked.addressesIn(
				"SMTP delivery via mail:25 failed: 550 5.1.1 <tanaka@example.co.jp>: Recipient address rejected;"
						+ " also suzuki@example.com"))
			.isEqualTo("SMTP delivery via mail:25 failed: 550 5.1.1 <t***@example.co.jp>: Recipient address rejected;"
					+ " also s***@example.com");
		assertThat(Masked.addressesIn("no address here")).isEqualTo("no address here");
		assertThat(Masked.addressesIn(null)).isNull();
	}

}
