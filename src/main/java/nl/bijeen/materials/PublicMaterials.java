package nl.bijeen.materials;

import java.util.List;
import java.util.Optional;

import nl.bijeen.content.PublicArticles;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.registration.Attendee;
import nl.bijeen.registration.Attendees;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What visitors may see of the materials: public files of a public event (and its sessions) or of a published
 * article; registrants-only files of an event only to participants with a place there, through their personal
 * link. Everything else is "not found".
 */
@Service
public class PublicMaterials {

	private final StoredMaterials stored;

	private final EventCatalog events;

	private final PublicArticles articles;

	private final Attendees attendees;

	PublicMaterials(StoredMaterials stored, EventCatalog events, PublicArticles articles, Attendees attendees) {
		this.stored = stored;
		this.events = events;
		this.articles = articles;
		this.attendees = attendees;
	}

	/** The public files of a public event and its sessions, the event's own first. */
	@Transactional(readOnly = true)
	public List<Material> ofEvent(long eventId) {
		if (!eventIsPublic(eventId)) {
			return List.of();
		}
		return this.stored.ofEvent(eventId).stream().filter(m -> !m.registrantsOnly()).toList();
	}

	/** The files of a published article. */
	@Transactional(readOnly = true)
	public List<Material> ofArticle(long articleId) {
		if (!articleIsPublished(articleId)) {
			return List.of();
		}
		return this.stored.ofArticle(articleId).stream().filter(m -> !m.registrantsOnly()).toList();
	}

	/** The registrants-only files of the event (for the personal page of someone with a place). */
	@Transactional(readOnly = true)
	public List<Material> forRegistrants(long eventId) {
		return this.stored.ofEvent(eventId).stream().filter(Material::registrantsOnly).toList();
	}

	/** A public file anyone may download. */
	@Transactional(readOnly = true)
	public Optional<Material> publicFile(long id) {
		return this.stored.find(id).filter(m -> !m.registrantsOnly()).filter(this::ownerVisible);
	}

	/**
	 * A file of the event of the registration behind this personal link, when it has a place there.
	 * @throws nl.bijeen.common.NotFoundException when the link leads nowhere
	 */
	@Transactional(readOnly = true)
	public Optional<Material> personalFile(String token, long id) {
		Optional<Attendee> attendee = this.attendees.byToken(token);
		return this.stored.find(id)
			.filter(m -> m.eventId() != null && attendee.isPresent() && m.eventId().equals(attendee.get().eventId()));
	}

	/** The bytes of a file. */
	@Transactional(readOnly = true)
	public Optional<byte[]> content(long id) {
		return this.stored.content(id);
	}

	private boolean ownerVisible(Material material) {
		return material.articleId() != null ? articleIsPublished(material.articleId()) : eventIsPublic(material.eventId());
	}

	private boolean eventIsPublic(long eventId) {
		return this.events.event(eventId).map(Event::isPublic).orElse(false);
	}

	private boolean articleIsPublished(long articleId) {
		return !this.articles.published(List.of(articleId)).isEmpty();
	}

}
