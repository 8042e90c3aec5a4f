package nl.bijeen.people.web;

import java.util.function.Supplier;

import nl.bijeen.common.ConflictException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

/**
 * Runs a change from a form and turns conflicts into messages on the form: a taken slug on the slug field,
 * anything else (such as a change by someone else in the meantime) at the top.
 */
final class FormAttempt {

	private FormAttempt() {
	}

	/**
	 * @return the outcome, or {@code null} when {@code binding} now holds the problem
	 */
	static <T> T attempt(BindingResult binding, Supplier<T> action) {
		try {
			return action.get();
		}
		catch (ConflictException ex) {
			if (ex.getCode().endsWith(".slug.taken")) {
				binding.rejectValue("slug", ex.getCode());
			}
			else {
				binding.reject(ex.getCode());
			}
		}
		catch (OptimisticLockingFailureException ex) {
			binding.reject("admin.stale");
		}
		return null;
	}

}
