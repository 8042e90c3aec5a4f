package nl.bijeen.rights;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the {@link GuardInterceptor} before every handler.
 */
@Configuration(proxyBeanMethods = false)
class RightsWebConfiguration implements WebMvcConfigurer {

	private final Rights rights;

	RightsWebConfiguration(Rights rights) {
		this.rights = rights;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new GuardInterceptor(this.rights));
	}

}
