package nl.bijeen.mail;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file sent along with a mail, such as a calendar invitation ({@code text/calendar}) or a PDF.
 *
 * @param filename name shown to the recipient, without any directory
 * @param contentType MIME type, e.g. {@code text/calendar; charset=UTF-8}
 * @param content the bytes of the file (copied, at most {@link #MAX_SIZE})
 */
public record Attachment(String filename, String contentType, byte[] content) {

	/**
	 * Largest attachment accepted: mail servers commonly refuse messages above 10 MB, and Base64
	 * encoding makes attachments a third larger.
	 */
	public static final int MAX_SIZE = 5 * 1024 * 1024;

	public Attachment {
		if (filename == null || filename.isBlank() || filename.length() > 255 || filename.matches(".*[/\\\\\\r\\n].*")) {
			throw new IllegalArgumentException("Attachment needs a plain file name of at most 255 characters");
		}
		if (contentType == null || contentType.isBlank() || contentType.length() > 255) {
			throw new IllegalArgumentException("Attachment needs a content type");
		}
		Objects.requireNonNull(content, "content");
		if (content.length > MAX_SIZE) {
			throw new IllegalArgumentException("Attachment is larger than " + MAX_SIZE + " bytes");
		}
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return this.content.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Attachment that && this.filename.equals(that.filename)
				&& this.contentType.equals(that.contentType) && Arrays.equals(this.content, that.content);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.filename, this.contentType, Arrays.hashCode(this.content));
	}

	@Override
	public String toString() {
		return "Attachment[" + this.filename + ", " + this.contentType + ", " + this.content.length + " bytes]";
	}

}
