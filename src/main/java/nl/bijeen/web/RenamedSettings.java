package nl.bijeen.web;

import java.util.Map;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when a setting is still given under a name it no longer has, naming the new one, so a
 * deployment's configuration is never silently ignored after an upgrade.
 */
@Component
class RenamedSettings implements InitializingBean {

	/** Old name → new name. */
	static final Map<String, String> RENAMED = Map.of(
			"bijeen.registration.rate-limit-store", "bijeen.web.rate-limit-store",
			"bijeen.registration.rate-limit-clients", "bijeen.web.rate-limit-clients");

	private final Environment environment;

	RenamedSettings(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() {
		RENAMED.forEach((old, now) -> {
			if (this.environment.containsProperty(old)) {
				throw new IllegalStateException("The setting " + old + " has been renamed to " + now
						+ "; give it under its new name (the old name is no longer read).");
			}
		});
	}

}
