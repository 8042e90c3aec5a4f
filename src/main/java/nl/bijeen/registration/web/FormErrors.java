package nl.bijeen.registration.web;

import nl.bijeen.registration.internal.Problem;
import nl.bijeen.registration.internal.RegistrationRejected;

import org.springframework.validation.BindingResult;

/**
 * Puts the problems of a rejected registration on the form, as field or global errors.
 */
final class FormErrors {

	private FormErrors() {
	}

	static void add(RegistrationRejected rejected, BindingResult result) {
		for (Problem problem : rejected.problems()) {
			if (problem.field() == null) {
				result.reject(problem.code(), problem.args(), problem.code());
			}
			else {
				result.rejectValue(problem.field(), problem.code(), problem.args(), problem.code());
			}
		}
	}

	/**
	 * The id of the element for a field path, e.g. {@code choices-12} for {@code choices[12]}.
	 */
	static String anchor(String field) {
		return field.replace("[", "-").replace("]", "").replace(".", "-");
	}

}
