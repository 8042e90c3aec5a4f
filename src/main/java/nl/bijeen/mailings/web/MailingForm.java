package nl.bijeen.mailings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The organiser's form of a mail to participants: to whom ({@code PLACE}, {@code SESSION} with a session,
 * {@code WAITING}, {@code PRESENT}, {@code ABSENT}), the subject (one line) and the text in Markdown.
 */
public class MailingForm {

	@NotNull(message = "{mailings.field.audience.required}")
	@Pattern(regexp = "PLACE|SESSION|WAITING|PRESENT|ABSENT", message = "{mailings.field.audience.required}")
	private String audience = "PLACE";

	private Long sessionId;

	@NotBlank(message = "{mailings.field.subject.required}")
	@Size(max = 150, message = "{mailings.field.subject.tooLong}")
	@Pattern(regexp = "[^\\r\\n]*", message = "{mailings.field.subject.oneLine}")
	private String subject;

	@NotBlank(message = "{mailings.field.body.required}")
	@Size(max = 20000, message = "{mailings.field.body.tooLong}")
	private String body;

	public String getAudience() { return this.audience; }
	public void setAudience(String audience) { this.audience = audience; }
	public Long getSessionId() { return this.sessionId; }
	public void setSessionId(Long sessionId) { this.sessionId = sessionId; }
	public String getSubject() { return this.subject; }
	public void setSubject(String subject) { this.subject = subject; }
	public String getBody() { return this.body; }
	public void setBody(String body) { this.body = body; }

}
