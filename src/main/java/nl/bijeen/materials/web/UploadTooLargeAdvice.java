package nl.bijeen.materials.web;

import jakarta.servlet.http.HttpServletRequest;

import nl.bijeen.materials.MaterialsProperties;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A file over the container's multipart limit ({@link UploadConfiguration}; reached by a body sent without a
 * length, as those announcing one are refused before by their length) is refused before any controller runs: the
 * upload form is shown again with the message, not an error page. Nothing is stored. Other routes get the usual
 * error.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeAdvice {

	private final MaterialsProperties properties;

	UploadTooLargeAdvice(MaterialsProperties properties) {
		this.properties = properties;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) throws MaxUploadSizeExceededException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!UploadBodyAllowance.UPLOAD.matcher(path).matches()) {
			throw ex;
		}
		var flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("error", "materials.error.tooLarge");
		flash.put("noticeName", this.properties.maxFileSizeText());
		return "redirect:" + path;
	}

}
