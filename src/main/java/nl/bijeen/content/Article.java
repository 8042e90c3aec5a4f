package nl.bijeen.content;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import nl.bijeen.content.ArticleLinks.EventLink;
import nl.bijeen.content.ArticleLinks.OrganisationLink;
import nl.bijeen.content.ArticleLinks.PersonLink;
import nl.bijeen.content.ArticleLinks.RelatedLink;
import nl.bijeen.content.ArticleLinks.SessionLink;
import nl.bijeen.content.ArticleLinks.ThemeLink;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An article. The body is Markdown. It is public when {@code published} and {@code publishAt} has come:
 * a published article with a later {@code publishAt} is scheduled and stays invisible until then.
 *
 * @param related the articles the editor chose for "Lees ook", in order
 */
@Table("article")
record Article(@Id Long id, String slug, ArticleKind kind, String title, String lead, String body, String author,
		String imageUrl, String imageAlt, boolean published, LocalDateTime publishAt, LocalDateTime createdAt,
		LocalDateTime updatedAt, @Version Integer version,
		@MappedCollection(idColumn = "article_id") Set<EventLink> events,
		@MappedCollection(idColumn = "article_id") Set<SessionLink> sessions,
		@MappedCollection(idColumn = "article_id") Set<PersonLink> people,
		@MappedCollection(idColumn = "article_id") Set<ThemeLink> themes,
		@MappedCollection(idColumn = "article_id") Set<OrganisationLink> organisations,
		@MappedCollection(idColumn = "article_id", keyColumn = "position") List<RelatedLink> related) {

	/** Whether the public may see it at this moment. */
	public boolean isPublicAt(LocalDateTime now) {
		return this.published && this.publishAt != null && !this.publishAt.isAfter(now);
	}

	/** Published, but for a moment still to come. */
	public boolean isScheduledAt(LocalDateTime now) {
		return this.published && this.publishAt != null && this.publishAt.isAfter(now);
	}

	List<Long> eventIds() {
		return this.events.stream().map(EventLink::eventId).toList();
	}

	List<Long> themeIds() {
		return this.themes.stream().map(ThemeLink::themeId).toList();
	}

	List<Long> organisationIds() {
		return this.organisations.stream().map(OrganisationLink::organisationId).toList();
	}

	List<Long> sessionIds() {
		return this.sessions.stream().map(SessionLink::sessionId).toList();
	}

	List<Long> relatedIds() {
		return this.related.stream().map(RelatedLink::relatedId).toList();
	}

}
