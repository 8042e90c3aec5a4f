package nl.bijeen.newsletter;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A newsletter edition with its items in order and its themes (empty: sent to every confirmed subscriber).
 *
 * @param organisationId the organisation that writes it; {@code null}: the platform's
 * @param introduction Markdown
 * @param status DRAFT, SENDING or SENT
 * @param queued how many mails were queued so far
 */
public record Edition(long id, String slug, Long organisationId, String title, String introduction, String status,
		Instant createdAt, Instant sentAt, int queued, List<EditionItem> items, Set<Long> themes) {

	public boolean draft() {
		return "DRAFT".equals(this.status);
	}

	public boolean sent() {
		return "SENT".equals(this.status);
	}

}
