package nl.bijeen.content;

import nl.bijeen.web.BijeenProperties;

import org.springframework.stereotype.Component;

/**
 * Absolute addresses of content pages, for canonical links, Open Graph and structured data.
 */
@Component
class ContentUrls {

	private final BijeenProperties properties;

	ContentUrls(BijeenProperties properties) {
		this.properties = properties;
	}

	String absolute(String pathOrUrl) {
		if (pathOrUrl == null || pathOrUrl.startsWith("http://") || pathOrUrl.startsWith("https://")) {
			return pathOrUrl;
		}
		return this.properties.getBaseUrl() + (pathOrUrl.startsWith("/") ? "" : "/") + pathOrUrl;
	}

}
