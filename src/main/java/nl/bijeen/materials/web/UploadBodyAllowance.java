package nl.bijeen.materials.web;

import java.util.OptionalLong;
import java.util.regex.Pattern;

import nl.bijeen.materials.MaterialsProperties;
import nl.bijeen.web.RequestBodyAllowance;

import org.springframework.stereotype.Component;

/**
 * The upload forms may send a file: their bodies may be larger than the organiser's other forms
 * ({@link MaterialsProperties#maxUploadBody()}), so that a file somewhat over the limit still gets a message on
 * the form.
 */
@Component
class UploadBodyAllowance implements RequestBodyAllowance {

	static final Pattern UPLOAD = Pattern.compile("/admin/(events|articles)/[0-9]{1,18}/materials");

	private final MaterialsProperties properties;

	UploadBodyAllowance(MaterialsProperties properties) {
		this.properties = properties;
	}

	@Override
	public OptionalLong limit(String method, String path) {
		if ("POST".equals(method) && UPLOAD.matcher(path).matches()) {
			return OptionalLong.of(this.properties.maxUploadBody());
		}
		return OptionalLong.empty();
	}

}
