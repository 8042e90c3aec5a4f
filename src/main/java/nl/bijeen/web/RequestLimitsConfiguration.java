package nl.bijeen.web;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts the checks of a request's size and parameter names in front of everything that could read a body
 * (Spring Security reads form parameters for CSRF): first the size, then the names.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfiguration {

	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(WebProperties properties, MessageSource messages,
			LocaleResolver localeResolver, JsonMapper json,
			org.springframework.beans.factory.ObjectProvider<RequestBodyAllowance> allowances) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(properties, new Refusal(messages, localeResolver, json),
						allowances.orderedStream().toList()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.addUrlPatterns("/*");
		return registration;
	}

	@Bean
	FilterRegistrationBean<ParameterNames> parameterNames(MessageSource messages, LocaleResolver localeResolver,
			JsonMapper json) {
		FilterRegistrationBean<ParameterNames> registration = new FilterRegistrationBean<>(
				new ParameterNames(new Refusal(messages, localeResolver, json)));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
