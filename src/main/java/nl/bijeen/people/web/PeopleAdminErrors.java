package nl.bijeen.people.web;

import nl.bijeen.common.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A friendly 404 page in the organisers' area for people and organisations that do not exist.
 */
@ControllerAdvice(basePackageClasses = PeopleAdminErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PeopleAdminErrors {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "admin/not-found";
	}

}
