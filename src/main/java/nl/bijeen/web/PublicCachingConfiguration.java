package nl.bijeen.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Caching of public pages and static files: the {@code Cache-Control} of pages, the rendered pages kept in
 * memory (in front of the security chain, which it does not need: only anonymous GETs of public pages are
 * answered there) and the fingerprinted static files.
 */
@Configuration(proxyBeanMethods = false)
class PublicCachingConfiguration implements WebMvcConfigurer {

	/** Before Spring Security's filter chain (-100), after the request limits. */
	/**
	 * First of all filters (with the character encoding filter, which a hit does not need): a page served
	 * from memory passes no observation, session or body filter. Its hits are counted by the page cache
	 * itself ({@code cache.gets{cache=public.pages}}); a miss goes down the whole chain, observed as any request.
	 */
	static final int PAGE_CACHE_ORDER = Integer.MIN_VALUE;

	private final PublicPagesProperties properties;

	PublicCachingConfiguration(PublicPagesProperties properties) {
		this.properties = properties;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PublicCacheHeaders(this.properties));
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, LocaleResolver locales) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(cache, locales));
		registration.setOrder(PAGE_CACHE_ORDER);
		registration.addUrlPatterns("/*");
		registration.setEnabled(this.properties.isPageCacheEnabled());
		return registration;
	}

	@Bean
	FilterRegistrationBean<FingerprintedStaticFiles> fingerprintedStaticFiles() {
		FilterRegistrationBean<FingerprintedStaticFiles> registration = new FilterRegistrationBean<>(
				new FingerprintedStaticFiles());
		registration.addUrlPatterns("/css/*", "/js/*", "/webjars/*");
		registration.setOrder(PAGE_CACHE_ORDER);
		return registration;
	}

}
