package nl.bijeen.web;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts the request body limit in front of everything that could read a body (Spring Security reads form
 * parameters for CSRF).
 */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfiguration {

	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(WebProperties properties, MessageSource messages,
			LocaleResolver localeResolver, JsonMapper json) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(properties, messages, localeResolver, json));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
