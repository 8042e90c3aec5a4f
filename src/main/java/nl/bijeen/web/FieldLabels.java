package nl.bijeen.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The label of a form field, so that an error summary names the field each message is about. Templates call
 * {@code @fieldLabels.of(fieldName, 'event.field.')}: the label is the message under the first of the
 * comma-separated key prefixes that has one for the field.
 */
@Component("fieldLabels")
public class FieldLabels {

	private final MessageSource messages;

	FieldLabels(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The label of the field, or {@code null} when no prefix names it.
	 */
	public String of(String field, String prefixes) {
		if (field == null || prefixes == null) {
			return null;
		}
		for (String prefix : prefixes.split(",")) {
			String label = this.messages.getMessage(prefix.strip() + field, null, null, LocaleContextHolder.getLocale());
			if (label != null) {
				return label;
			}
		}
		return null;
	}

}
