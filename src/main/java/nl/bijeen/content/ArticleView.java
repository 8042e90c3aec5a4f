package nl.bijeen.content;

import java.util.List;

import nl.bijeen.events.Theme;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.Person;

/**
 * Everything the public article page shows.
 *
 * @param bodyHtml the body as sanitised HTML, {@code null} when there is none
 * @param url the absolute address of the page
 * @param imageUrl the absolute address of the image, {@code null} when there is none
 */
record ArticleView(Article article, String bodyHtml, List<EventCallToAction> events, List<SessionRef> sessions,
		List<PersonRef> people, List<Theme> themes, List<Organisation> organisations, List<ArticleSummary> related,
		String url, String imageUrl) {

	/** A session the article is about, with its event's slug for the link. */
	record SessionRef(String title, String eventSlug, String eventTitle) {
	}

	/** A person in the article and their part in it. */
	record PersonRef(Person person, ArticleRole role) {
	}

}
