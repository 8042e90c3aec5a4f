package nl.bijeen.api;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A page of search results and the engine that found them.
 */
@Schema(description = "A page of search results")
record SearchResponse(
		@Schema(description = "postgresql-fulltext (Dutch stems, accents folded, ranked) or simple (every word must occur)") String engine,
		ApiPage<Hit> results) {

	@Schema(description = "One search result")
	record Hit(@Schema(description = "event, article, person or organisation") String kind, long id, String slug,
			String title,
			@Schema(description = "A piece of the text, HTML-escaped, with the found words in <mark>") String snippetHtml,
			@Schema(description = "Start of the event or publication of the article, ISO-8601 with offset; null otherwise") OffsetDateTime date,
			@Schema(description = "How well it matches; only comparable within one search") double rank,
			@Schema(description = "The public page") String url) {
	}

}
