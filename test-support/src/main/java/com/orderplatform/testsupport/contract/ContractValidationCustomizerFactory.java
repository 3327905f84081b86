package com.orderplatform.testsupport.contract;

import java.util.List;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Turns the contract check on for every {@code @SpringBootTest} of a service: a service
 * lists this factory in its test {@code META-INF/spring.factories}, and each such test
 * context gets a {@link ContractValidation} that its MockMvc and RestTestClient pick up.
 * Slice tests ({@code @WebMvcTest}) have no document to check against and are left alone.
 */
public class ContractValidationCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		boolean bootTest = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
			.isPresent(SpringBootTest.class);
		return bootTest ? new Customizer() : null;
	}

	/** Registers the check; all instances are equal, so contexts stay shared. */
	private static final class Customizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			if (context.getBeanFactory() instanceof BeanDefinitionRegistry registry) {
				registry.registerBeanDefinition("contractValidation", new RootBeanDefinition(ContractValidation.class));
			}
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer;
		}

		@Override
		public int hashCode() {
			return Customizer.class.hashCode();
		}

	}

}
