package nl.bijeen.common;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request that conflicts with what is stored (a slug already in use, a full session, a stale version):
 * a 409 problem+json answer on the API, a field or page message on forms. {@code code} is a message key.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

	private final String code;

	public ConflictException(String code, String message) {
		super(message);
		this.code = code;
	}

	public String getCode() {
		return this.code;
	}

}
