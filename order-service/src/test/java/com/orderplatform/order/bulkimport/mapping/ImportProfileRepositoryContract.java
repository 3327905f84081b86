package com.orderplatform.order.bulkimport.mapping;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.orderplatform.order.TestSecurity;
import com.orderplatform.order.api.ImportFieldSource;
import com.orderplatform.order.api.ImportMappingSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the profile table guarantees on each database: a profile read back exactly
 * (Japanese names and headers, a join with a full-width separator, a fixed value, the
 * time to the millisecond), replaced under the same name, listed by name, deleted once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
abstract class ImportProfileRepositoryContract {

	private static final Instant AT = Instant.parse("2026-12-07T02:00:00.123Z");

	@Autowired
	private ImportProfileRepository profiles;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) throws IOException {
		TestSecurity.register(registry, Files.createTempDirectory("oms-import-profiles-"));
		registry.add("oms.import.poll-interval", () -> "1h");
	}

	@BeforeEach
	void empty() {
		this.jdbc.sql("DELETE FROM import_profiles").update();
	}

	@Test
	void storesAProfileExactlyAndReplacesItUnderTheSameName() {
		ImportProfile acme = new ImportProfile("アクメ 商事", List.of("受注番号", "E-mail", "姓", "名"), mapping("JPY"), "admin",
				AT);
		this.profiles.save(acme);

		assertThat(this.profiles.find("アクメ 商事")).contains(acme);

		ImportProfile replaced = new ImportProfile("アクメ 商事", List.of("E-mail", "姓", "名"), mapping("jpy"), "other",
				AT.plusSeconds(60));
		this.profiles.save(replaced);

		assertThat(this.profiles.find("アクメ 商事")).contains(replaced);
		assertThat(this.profiles.list()).containsExactly(replaced);
	}

	@Test
	void listsByNameAndDeletesOnce() {
		this.profiles.save(new ImportProfile("b", List.of("x"), mapping("JPY"), "admin", AT));
		this.profiles.save(new ImportProfile("a", List.of("y"), mapping("JPY"), "admin", AT));

		assertThat(this.profiles.list()).extracting(ImportProfile::name).containsExactly("a", "b");
		assertThat(this.profiles.delete("a")).isTrue();
		assertThat(this.profiles.delete("a")).isFalse();
		assertThat(this.profiles.find("a")).isEmpty();
		assertThat(this.profiles.list()).extracting(ImportProfile::name).containsExactly("b");
	}

	private static ImportMappingSpec mapping(String currency) {
		Map<String, ImportFieldSource> fields = new LinkedHashMap<>();
		fields.put("customer_email", new ImportFieldSource(List.of("E-mail"), null, null));
		fields.put("customer_name", new ImportFieldSource(List.of("姓", "名"), "\u3000", null));
		fields.put("currency", new ImportFieldSource(null, null, currency));
		return new ImportMappingSpec(fields, List.of("受注番号"));
	}

}
