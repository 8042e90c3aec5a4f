package nl.bijeen.content;

import java.util.ArrayList;

import nl.bijeen.content.web.ArticleForm;

/**
 * Fills the article form from a stored article.
 */
final class ArticleForms {

	private ArticleForms() {
	}

	static ArticleForm of(Article article) {
		ArticleForm form = new ArticleForm();
		form.setKind(article.kind());
		form.setTitle(article.title());
		form.setSlug(article.slug());
		form.setLead(article.lead());
		form.setBody(article.body());
		form.setAuthor(article.author());
		form.setImageUrl(article.imageUrl());
		form.setImageAlt(article.imageAlt());
		form.setPublished(article.published());
		if (article.publishAt() != null) {
			form.setPublishDate(article.publishAt().toLocalDate().toString());
			form.setPublishTime(article.publishAt().toLocalTime().withSecond(0).toString());
		}
		form.setEventIds(new ArrayList<>(article.eventIds()));
		form.setSessionIds(new ArrayList<>(article.sessionIds()));
		form.setThemeIds(new ArrayList<>(article.themeIds()));
		form.setOrganisationIds(new ArrayList<>(article.organisationIds()));
		form.setRelatedIds(new ArrayList<>(article.relatedIds()));
		article.people().forEach(p -> form.addPerson(p.personId(), p.role()));
		form.setVersion(article.version());
		return form;
	}

}
