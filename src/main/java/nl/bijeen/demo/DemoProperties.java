package nl.bijeen.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings for the demo content.
 */
@ConfigurationProperties("bijeen.demo")
public class DemoProperties {

	/**
	 * Whether to fill an empty installation (no events yet) with demo organisations, people and events at
	 * start-up: three past events from the Dutch social domain and upcoming editions of them.
	 */
	private boolean enabled = true;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
