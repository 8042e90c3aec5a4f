package nl.bijeen.registration.admin;

import java.util.Arrays;

import nl.bijeen.registration.internal.RegistrationStatus;

/**
 * Checks the API's list parameters, so that a typo gives a clear 400 instead of an unfiltered list.
 */
final class ApiCriteria {

	private ApiCriteria() {
	}

	static void check(String status, int page, int size, int maxSize) {
		if (status != null && !status.isBlank()
				&& Arrays.stream(RegistrationStatus.values()).noneMatch(s -> s.name().equals(status.strip()))) {
			throw new IllegalArgumentException("Unknown status '" + status + "'; use one of "
					+ Arrays.toString(RegistrationStatus.values()));
		}
		if (page < 0) {
			throw new IllegalArgumentException("The page must be 0 or more");
		}
		if (size < 1 || size > maxSize) {
			throw new IllegalArgumentException("The size must be between 1 and " + maxSize);
		}
	}

}
