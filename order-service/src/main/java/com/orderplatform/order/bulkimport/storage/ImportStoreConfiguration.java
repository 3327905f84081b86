package com.orderplatform.order.bulkimport.storage;

import java.io.IOException;

import com.orderplatform.order.bulkimport.ImportProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the {@link ImportStore} from {@code OMS_IMPORT_STORAGE}: object storage for an
 * {@code s3://} location (credentials from the AWS SDK's default chain, e.g.
 * {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY}, unless the application
 * provides an {@link AwsCredentialsProvider} bean), else a local folder. With object
 * storage, {@code oms.import.storage-dir} is the local work folder uploads are received
 * into.
 */
@Configuration(proxyBeanMethods = false)
class ImportStoreConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ImportStoreConfiguration.class);

	@Bean
	ImportStore importStore(ImportStoreProperties store, ImportProperties properties,
			ObjectProvider<AwsCredentialsProvider> credentials) throws IOException {
		if (!store.objectStorage()) {
			return new LocalImportStore(store.folder(properties.storageDir()));
		}
		AwsCredentialsProvider provider = credentials
			.getIfAvailable(() -> DefaultCredentialsProvider.builder().build());
		S3ImportStore s3 = new S3ImportStore(S3Clients.checked(store, provider), store.s3(), properties.storageDir());
		log.info("Import files are stored in {} (endpoint {}, region {}, path-style {}); uploads are received in {}",
				s3.describe(), (store.endpoint() != null) ? store.endpoint() : "AWS", store.s3Region(),
				store.pathStyle(), properties.storageDir());
		return s3;
	}

}
