package nl.bijeen.registration.admin;

import nl.bijeen.common.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A clear page instead of an error for an unknown event, session or registration in the workbench.
 */
@org.springframework.core.annotation.Order(0)
@ControllerAdvice(assignableTypes = { RegistrationAdminController.class, RegistrationActionsController.class,
		RegistrationExportController.class, ApprovalsController.class, RegistrationSettingsController.class })
class RegistrationAdminErrors {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "registration/admin/not-found";
	}

}
