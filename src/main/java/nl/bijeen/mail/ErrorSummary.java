package nl.bijeen.mail;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A short, single-line description of why sending failed, for the overview and the logs: the messages of
 * the exception and its causes, without stack traces, at most {@value #MAX_LENGTH} characters.
 */
final class ErrorSummary {

	static final int MAX_LENGTH = 500;

	private ErrorSummary() {
	}

	static String of(Throwable failure) {
		Set<String> parts = new LinkedHashSet<>();
		for (Throwable t = failure; t != null && parts.size() < 4; t = (t.getCause() == t) ? null : t.getCause()) {
			String message = t.getMessage();
			String line = (message == null || message.isBlank()) ? t.getClass().getSimpleName()
					: message.lines().findFirst().orElse("").strip();
			if (!line.isEmpty() && parts.stream().noneMatch(p -> p.contains(line))) {
				parts.add(line);
			}
		}
		String summary = String.join(" – ", parts);
		return (summary.length() > MAX_LENGTH) ? summary.substring(0, MAX_LENGTH - 1) + "…" : summary;
	}

}
