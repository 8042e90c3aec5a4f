package nl.bijeen.common;

/**
 * Something that was asked for does not exist (or is not visible to the caller): a 404 page or a 404
 * problem+json answer.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
