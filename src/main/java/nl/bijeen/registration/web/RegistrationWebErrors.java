package nl.bijeen.registration.web;

import nl.bijeen.common.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Friendly pages for the registration pages: an unknown event or an unknown or expired personal link.
 */
@org.springframework.core.annotation.Order(0)
@ControllerAdvice(assignableTypes = { RegistrationFormController.class, PersonalLinkController.class })
class RegistrationWebErrors {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "registration/not-found";
	}

}
