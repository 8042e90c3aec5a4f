package nl.bijeen.api;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A published article, in lists (without text) and alone (with text and links).
 */
@Schema(description = "A published article: news, interview, preview, report, column or background")
record ArticleResponse(long id, String slug,
		@Schema(description = "news, interview, preview, report, column or background") String kind, String title,
		String lead, String author, String imageUrl, String imageAlt,
		@Schema(description = "Publication time, ISO-8601 with offset") OffsetDateTime publishedAt,
		@Schema(description = "The public page") String url) {

	@Schema(description = "A published article with its text and what it links to")
	record Detail(long id, String slug, String kind, String title, String lead, String author, String imageUrl,
			String imageAlt, OffsetDateTime publishedAt, String url,
			@Schema(description = "The text as written, Markdown (CommonMark)") String body,
			@Schema(description = "The text as sanitised HTML") String bodyHtml,
			@Schema(description = "The published events it is about") List<Ref> events, List<Ref> themes,
			List<Ref> organisations, List<Person> people) {
	}

	@Schema(description = "A person in an article and their part: interviewed, quoted, mentioned or photographer")
	record Person(long id, String slug, String name, String role) {
	}

}
