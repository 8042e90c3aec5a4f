package nl.bijeen.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Static files are linked by their plain paths (htmx through the version-less WebJar path, which the
 * resource handler resolves when it is requested). Spring Boot would otherwise register a
 * {@link ResourceUrlEncodingFilter}, which tries every link on every page against the static resources,
 * including the many links that are no static file at all, whose misses are not cached: a costly lookup in
 * the application's jar for each link. It rewrites nothing here, so it is switched off.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
