package nl.bijeen.registration.internal;

import java.util.Locale;

import nl.bijeen.registration.Attendance;

/**
 * Who registers, as validated: the e-mail address is trimmed and in lower case.
 */
public record Applicant(String name, String email, String organisation, String jobTitle, Locale locale,
		Attendance attendance, boolean newsletterOptIn, String registerName, String registrationNumber) {

}
