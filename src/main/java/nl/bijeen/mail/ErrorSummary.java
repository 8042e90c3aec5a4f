package nl.bijeen.mail;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A short, single-line description of why sending failed, for the overview and the logs: the messages of
 * the exception and its causes, without stack traces or class names, at most {@value #MAX_LENGTH} characters.
 */
final class ErrorSummary {

	static final int MAX_LENGTH = 500;

	/** Qualified exception class names that some mail exceptions put in their messages. */
	private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error):\\s*");

	private ErrorSummary() {
	}

	static String of(Throwable failure) {
		Set<String> parts = new LinkedHashSet<>();
		for (Throwable t = failure; t != null && parts.size() < 4; t = (t.getCause() == t) ? null : t.getCause()) {
			String message = t.getMessage();
			String line = (message == null || message.isBlank()) ? t.getClass().getSimpleName()
					: CLASS_NAME.matcher(message.lines().findFirst().orElse("")).replaceAll("").strip();
			if (!line.isEmpty() && parts.stream().noneMatch(p -> p.contains(line))) {
				parts.add(line);
			}
		}
		String summary = String.join(" – ", parts);
		return (summary.length() > MAX_LENGTH) ? summary.substring(0, MAX_LENGTH - 1) + "…" : summary;
	}

}
