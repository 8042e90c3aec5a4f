package nl.bijeen.common;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;

/**
 * Lets Spring Data JDBC use unquoted identifiers, so that the same lower-case schema works on PostgreSQL
 * and on H2 (which folds unquoted names to lower case in our connection settings).
 */
@Configuration(proxyBeanMethods = false)
class JdbcNamingConfiguration {

	@Bean
	static BeanPostProcessor unquotedIdentifiers() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcMappingContext context) {
					context.setForceQuote(false);
				}
				return bean;
			}
		};
	}

}
