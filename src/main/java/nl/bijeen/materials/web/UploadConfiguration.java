package nl.bijeen.materials.web;

import jakarta.servlet.MultipartConfigElement;

import nl.bijeen.materials.MaterialsProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The container's multipart limits, for the whole application (instead of {@code spring.servlet.multipart.*}): a
 * part may be as large as an upload form's body may be ({@link MaterialsProperties#maxUploadBody()}, twice the
 * largest file), so that a file too large is read whole and refused with a message on the form by the materials
 * module's own check. Request bodies are limited before that, per area ({@code bijeen.web.max-*-body}, and
 * {@link UploadBodyAllowance} for the upload forms), so the request as a whole has no multipart limit of its own.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

	@Bean
	MultipartConfigElement multipartConfigElement(MaterialsProperties properties) {
		return new MultipartConfigElement("", properties.maxUploadBody(), -1, 0);
	}

}
