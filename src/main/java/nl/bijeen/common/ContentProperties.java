package nl.bijeen.common;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What organisers' rich text (event descriptions, statement pages) may load from elsewhere.
 */
@ConfigurationProperties("bijeen.content")
public class ContentProperties {

	/**
	 * Hosts from which images in rich text may be shown, e.g. {@code beeldbank.example.org}; a leading
	 * {@code *.} allows every subdomain ({@code *.example.org}). Images from this site itself (relative
	 * addresses) are always shown; images from any other host are left out when the text is shown, so that
	 * text cannot carry tracking pixels. Empty by default: no third-party images.
	 */
	private List<String> allowedImageHosts = new ArrayList<>();

	public List<String> getAllowedImageHosts() {
		return this.allowedImageHosts;
	}

	public void setAllowedImageHosts(List<String> allowedImageHosts) {
		this.allowedImageHosts = allowedImageHosts == null ? new ArrayList<>() : allowedImageHosts;
	}

}
