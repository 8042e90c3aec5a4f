package nl.bijeen.agenda;

import nl.bijeen.web.BijeenProperties;

import org.springframework.stereotype.Component;

/**
 * Absolute URLs of the public pages, for canonical links, Open Graph, structured data and calendars.
 */
@Component
class PublicUrls {

	private final BijeenProperties properties;

	PublicUrls(BijeenProperties properties) {
		this.properties = properties;
	}

	String base() {
		return this.properties.getBaseUrl();
	}

	/**
	 * An absolute URL for a site path ({@code /...}); absolute URLs are returned as they are.
	 */
	String absolute(String pathOrUrl) {
		if (pathOrUrl == null || pathOrUrl.startsWith("http://") || pathOrUrl.startsWith("https://")) {
			return pathOrUrl;
		}
		return base() + (pathOrUrl.startsWith("/") ? "" : "/") + pathOrUrl;
	}

	String event(String slug) {
		return base() + "/evenementen/" + slug;
	}

	String registration(String slug) {
		return event(slug) + "/aanmelden";
	}

	String person(String slug) {
		return base() + "/personen/" + slug;
	}

	String organisation(String slug) {
		return base() + "/organisaties/" + slug;
	}

}
