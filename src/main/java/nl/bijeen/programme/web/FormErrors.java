package nl.bijeen.programme.web;

import nl.bijeen.programme.InvalidProgrammeException;
import nl.bijeen.programme.ProgrammeProblem;

import org.springframework.validation.BindingResult;

/**
 * Shows the problems the programme's rules found at the fields of a form.
 */
final class FormErrors {

	private FormErrors() {
	}

	static void apply(InvalidProgrammeException ex, BindingResult binding) {
		for (ProgrammeProblem problem : ex.getProblems()) {
			if (problem.field() == null) {
				binding.reject(problem.code(), problem.arguments(), problem.code());
			}
			else {
				binding.rejectValue(problem.field(), problem.code(), problem.arguments(), problem.code());
			}
		}
	}

}
