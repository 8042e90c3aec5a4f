package nl.bijeen.content;

import org.springframework.data.relational.core.mapping.Table;

/**
 * The rows linking an article to what it is about.
 */
final class ArticleLinks {

	private ArticleLinks() {
	}

	@Table("article_event")
	record EventLink(Long eventId) {
	}

	@Table("article_session")
	record SessionLink(Long sessionId) {
	}

	@Table("article_person")
	record PersonLink(Long personId, ArticleRole role) {
	}

	@Table("article_theme")
	record ThemeLink(Long themeId) {
	}

	@Table("article_organisation")
	record OrganisationLink(Long organisationId) {
	}

	@Table("article_related")
	record RelatedLink(Long relatedId) {
	}

}
