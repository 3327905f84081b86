package com.orderplatform.order.bulkimport.storage;

import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@code OMS_IMPORT_STORAGE} is a folder by default and {@code s3://bucket/prefix} for
 * object storage; anything else stops start-up naming the variable.
 */
class ImportStorePropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesConfiguration.class);

	@Test
	void keepsFilesInTheStorageDirWhenNothingIsSet() {
		this.runner.run(context -> {
			ImportStoreProperties store = context.getBean(ImportStoreProperties.class);
			assertThat(store.objectStorage()).isFalse();
			assertThat(store.folder(Path.of("/data/imports"))).isEqualTo(Path.of("/data/imports"));
			assertThat(store.s3Region()).isEqualTo("us-east-1");
			assertThat(store.pathStyle()).isFalse();
			assertThat(store.endpoint()).isNull();
		});
	}

	@Test
	void takesAFolderPathAsTheFolder() {
		ImportStoreProperties store = new ImportStoreProperties("/srv/oms/uploads", null, null, null);

		assertThat(store.objectStorage()).isFalse();
		assertThat(store.folder(Path.of("/data/imports"))).isEqualTo(Path.of("/srv/oms/uploads"));
	}

	@Test
	void parsesAnS3LocationWithPathStyleByDefaultWhenAnEndpointIsSet() {
		this.runner
			.withPropertyValues("oms.import.store.location=s3://oms-uploads/prod/imports/",
					"oms.import.store.s3-endpoint=http://127.0.0.1:9100", "oms.import.store.s3-region=eu-west-1")
			.run(context -> {
				ImportStoreProperties store = context.getBean(ImportStoreProperties.class);
				assertThat(store.objectStorage()).isTrue();
				assertThat(store.s3()).isEqualTo(new S3Location("oms-uploads", "prod/imports"));
				assertThat(store.s3().key("job-1")).isEqualTo("prod/imports/job-1.csv");
				assertThat(store.endpoint()).isEqualTo(URI.create("http://127.0.0.1:9100"));
				assertThat(store.s3Region()).isEqualTo("eu-west-1");
				assertThat(store.pathStyle()).isTrue();
			});
		ImportStoreProperties aws = new ImportStoreProperties("s3://oms-uploads", null, null, null);
		assertThat(aws.s3().key("job-1")).isEqualTo("job-1.csv");
		assertThat(aws.pathStyle()).isFalse();
		assertThat(new ImportStoreProperties("s3://oms-uploads", "http://minio:9000", null, false).pathStyle())
			.isFalse();
	}

	@Test
	void refusesAnUnknownSchemeABadBucketOrABadEndpointNamingTheVariable() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ImportStoreProperties("gs://bucket/x", null, null, null))
			.withMessage("OMS_IMPORT_STORAGE=gs://bucket/x has the unknown scheme 'gs': use a folder path or"
					+ " s3://bucket/prefix");
		assertThatIllegalArgumentException().isThrownBy(() -> new ImportStoreProperties("s3:///x", null, null, null))
			.withMessageStartingWith("OMS_IMPORT_STORAGE=s3:///x does not name a bucket ('')");
		assertThatIllegalArgumentException().isThrownBy(() -> new ImportStoreProperties("s3://b_b/x", null, null, null))
			.withMessageStartingWith("OMS_IMPORT_STORAGE=s3://b_b/x does not name a bucket ('b_b')");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ImportStoreProperties("s3://bucket/x", "127.0.0.1:9100", null, null))
			.withMessageStartingWith("OMS_S3_ENDPOINT=127.0.0.1:9100 is not a URL such as http://127.0.0.1:9100");
		this.runner.withPropertyValues("oms.import.store.location=ftp://host/dir").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasStackTraceContaining("OMS_IMPORT_STORAGE=ftp://host/dir");
		});
	}

	@EnableConfigurationProperties(ImportStoreProperties.class)
	static class PropertiesConfiguration {

	}

}
