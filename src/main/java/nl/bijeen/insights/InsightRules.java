package nl.bijeen.insights;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * What a sent insight must be: a text that is not empty and not too long, a name that is not too long. The
 * problems come as message keys per field, for the form's field errors.
 */
@Component
public class InsightRules {

	private final InsightsProperties properties;

	InsightRules(InsightsProperties properties) {
		this.properties = properties;
	}

	public int maxLength() {
		return this.properties.getMaxLength();
	}

	public int maxNameLength() {
		return this.properties.getMaxNameLength();
	}

	/** The problems of this text and name: field name to message key; empty when there are none. */
	public Map<String, String> problems(String text, String name) {
		Map<String, String> problems = new LinkedHashMap<>();
		String t = clean(text);
		if (t == null) {
			problems.put("text", "insights.error.textEmpty");
		}
		else if (t.codePointCount(0, t.length()) > maxLength()) {
			problems.put("text", "insights.error.textTooLong");
		}
		String n = clean(name);
		if (n != null && (n.codePointCount(0, n.length()) > maxNameLength() || n.contains("\n"))) {
			problems.put("authorName", "insights.error.nameTooLong");
		}
		return problems;
	}

	/** The text without surrounding space and with unified line ends; {@code null} when nothing is left. */
	static String clean(String value) {
		if (value == null) {
			return null;
		}
		String v = value.replace("\r\n", "\n").replace('\r', '\n').strip();
		return v.isEmpty() ? null : v;
	}

}
