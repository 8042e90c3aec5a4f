package nl.bijeen.search;

import java.time.LocalDateTime;

/**
 * One search result.
 *
 * @param snippetHtml a piece of the text with the found words in {@code <mark>}, HTML-escaped otherwise
 * @param slug the last part of its address (a material's file name)
 * @param date when the event starts or the article was published (a material: that of its event or article;
 * {@code null} for people and organisations)
 * @param rank how well it matches (higher is better; only comparable within one search)
 */
public record SearchHit(SearchKind kind, long id, String slug, String title, String snippetHtml, LocalDateTime date,
		double rank) {

	/** Its address on this site. */
	public String path() {
		return switch (this.kind) {
			case EVENT -> "/evenementen/" + this.slug;
			case ARTICLE -> "/artikelen/" + this.slug;
			case PERSON -> "/personen/" + this.slug;
			case ORGANISATION -> "/organisaties/" + this.slug;
			case MATERIAL -> "/materialen/" + this.id + "/" + this.slug;
		};
	}

}
