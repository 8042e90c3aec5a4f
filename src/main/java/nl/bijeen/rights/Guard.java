package nl.bijeen.rights;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rule of an organiser route (on the controller, or on a method to differ from it). Every handler under
 * {@code /admin} and {@code /api} has one; one without answers 404. Someone without the right gets 404 (no
 * existence leak); an API token without the scope gets 403.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface Guard {

	/** What the route needs. */
	Need value();

	/** The path variable holding the id the need is about (event, organisation, person), if any. */
	String id() default "";

	/** The API token scopes the route needs; empty: {@code READ} for GET and HEAD, else {@code WRITE}. */
	Scope[] scope() default {};

}
