package nl.bijeen.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Dutch first, English by Accept-Language or by the language switch ({@code ?lang=en}), remembered in a
 * cookie.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("bijeen-lang") {
			@Override
			public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
				return supported(super.resolveLocale(request));
			}

			@Override
			public void setLocaleContext(jakarta.servlet.http.HttpServletRequest request,
					jakarta.servlet.http.HttpServletResponse response,
					org.springframework.context.i18n.LocaleContext localeContext) {
				// Whatever ?lang= says, only a supported language is remembered and used.
				Locale locale = localeContext != null ? localeContext.getLocale() : null;
				super.setLocaleContext(request, response,
						locale == null ? null : new org.springframework.context.i18n.SimpleLocaleContext(supported(locale)));
			}
		};
		resolver.setDefaultLocaleFunction(request -> {
			String header = request.getHeader("Accept-Language");
			if (header == null || header.isBlank()) {
				return DUTCH;
			}
			try {
				Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
				return match != null ? match : DUTCH;
			}
			catch (IllegalArgumentException ex) {
				return DUTCH;
			}
		});
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	static Locale supported(Locale locale) {
		return SUPPORTED.stream()
			.filter(s -> locale != null && s.getLanguage().equals(locale.getLanguage()))
			.findFirst()
			.orElse(DUTCH);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
