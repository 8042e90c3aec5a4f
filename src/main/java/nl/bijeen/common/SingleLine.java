package nl.bijeen.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A single-line text field of a form or API request: no line breaks, tabs or other control characters
 * ({@link TextRules#isSingleLine(String)}); {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = SingleLine.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {

	String message() default "{validation.singleLine}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks {@link SingleLine}.
	 */
	class Validator implements ConstraintValidator<SingleLine, CharSequence> {

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return value == null || TextRules.isSingleLine(value.toString());
		}

	}

}
