package nl.bijeen.newsletter;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes editions that were sent already, for the demo: they show in the archive; no mail goes out.
 */
@Service
public class NewsletterSeeds {

	private final Editions editions;

	private final JdbcClient jdbc;

	NewsletterSeeds(Editions editions, JdbcClient jdbc) {
		this.editions = editions;
		this.jdbc = jdbc;
	}

	/**
	 * A sent edition with its items (in order) and themes.
	 * @return its id
	 */
	@Transactional
	public long sentEdition(String slug, Long organisationId, String title, String introduction, List<EditionItem> items,
			Collection<Long> themes, Instant sentAt) {
		long id = this.editions.create(slug, organisationId, title, introduction, sentAt);
		this.editions.setItems(id, items);
		this.editions.setThemes(id, themes);
		this.jdbc.sql("update newsletter_edition set status = 'SENT', send_started_at = :at, sent_at = :at where id = :id")
			.param("at", Subscribers.at(sentAt))
			.param("id", id)
			.update();
		return id;
	}

}
