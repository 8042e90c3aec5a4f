package nl.bijeen.people;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An organisation that organises events or that people work for.
 *
 * @param mailSenderName the name shown as the sender of mails about the events it leads; {@code null}: its name
 * @param replyTo the address replies to those mails go to; may be {@code null}
 */
@Table("organisation")
public record Organisation(@Id Long id, String slug, String name, String website, String logoUrl,
		String description, @Version Integer version, String mailSenderName, String replyTo) {

	public Organisation(Long id, String slug, String name, String website, String logoUrl, String description,
			Integer version) {
		this(id, slug, name, website, logoUrl, description, version, null, null);
	}

	public static Organisation create(String slug, String name, String website, String description) {
		return new Organisation(null, slug, name, website, null, description, null);
	}

	/**
	 * The name mails about its events are sent in: the sender name set, else its own name.
	 */
	public String mailSender() {
		return (this.mailSenderName != null && !this.mailSenderName.isBlank()) ? this.mailSenderName : this.name;
	}

}
