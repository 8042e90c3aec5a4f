package nl.bijeen.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A mail's extra header lines as the outbox stores them: one {@code Name: value} per line, {@code null} for none.
 * {@link OutgoingMail} has already checked the names ({@code List-*}, {@code X-*}) and that each value is one line.
 */
final class MailHeaders {

	private MailHeaders() {
	}

	static String encode(Map<String, String> headers) {
		if (headers == null || headers.isEmpty()) {
			return null;
		}
		String lines = headers.entrySet()
			.stream()
			.map(h -> h.getKey() + ": " + h.getValue())
			.collect(Collectors.joining("\n"));
		if (lines.length() > 2000) {
			throw new IllegalArgumentException("A mail's extra headers take at most 2000 characters");
		}
		return lines;
	}

	static Map<String, String> decode(String lines) {
		Map<String, String> headers = new LinkedHashMap<>();
		if (lines == null || lines.isBlank()) {
			return headers;
		}
		for (String line : lines.split("\n")) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				headers.put(line.substring(0, colon), line.substring(colon + 1).strip());
			}
		}
		return headers;
	}

}
