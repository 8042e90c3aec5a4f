package nl.bijeen.content;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import nl.bijeen.common.Zones;
import nl.bijeen.people.Organisation;
import nl.bijeen.web.BijeenProperties;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * schema.org {@code NewsArticle} (news, reports) or {@code Article} structured data (JSON-LD) for an article
 * page, safe to place inside a {@code <script>} element.
 */
@Component
class ArticleJsonLd {

	static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	/** Search engines show at most this many characters of a headline. */
	static final int HEADLINE = 110;

	private final JsonMapper json;

	private final ContentUrls urls;

	private final BijeenProperties properties;

	ArticleJsonLd(JsonMapper json, ContentUrls urls, BijeenProperties properties) {
		this.json = json;
		this.urls = urls;
		this.properties = properties;
	}

	String render(ArticleView view) {
		Article article = view.article();
		ObjectNode root = this.json.createObjectNode();
		root.put("@context", "https://schema.org");
		root.put("@type", article.kind().schemaOrgType());
		root.put("headline", article.title().length() > HEADLINE
				? article.title().substring(0, HEADLINE - 1) + "…" : article.title());
		root.put("name", article.title());
		putIfPresent(root, "description", article.lead());
		root.put("url", view.url());
		root.put("mainEntityOfPage", view.url());
		root.put("inLanguage", "nl");
		root.put("datePublished", iso(article.publishAt()));
		root.put("dateModified", iso(article.updatedAt().isBefore(article.publishAt()) ? article.publishAt()
				: article.updatedAt()));
		root.put("articleSection", article.kind().name().toLowerCase(java.util.Locale.ROOT));
		if (view.imageUrl() != null) {
			root.putArray("image").add(view.imageUrl());
		}
		ObjectNode author = root.putObject("author");
		if (article.author() != null && !article.author().isBlank()) {
			author.put("@type", "Person").put("name", article.author());
		}
		else {
			publisher(author, view);
		}
		publisher(root.putObject("publisher"), view);
		if (!view.events().isEmpty()) {
			ArrayNode about = root.putArray("about");
			view.events()
				.forEach(call -> about.addObject()
					.put("@type", "Event")
					.put("name", call.event().getTitle())
					.put("startDate", iso(call.event().getStartsAt()))
					.put("url", this.urls.absolute("/evenementen/" + call.event().getSlug())));
		}
		if (!view.people().isEmpty()) {
			ArrayNode mentions = root.putArray("mentions");
			view.people()
				.forEach(p -> mentions.addObject()
					.put("@type", "Person")
					.put("name", p.person().name())
					.put("url", this.urls.absolute("/personen/" + p.person().slug())));
		}
		if (!view.themes().isEmpty()) {
			root.put("keywords", String.join(", ", view.themes().stream().map(t -> t.name()).toList()));
		}
		return scriptSafe(this.json.writeValueAsString(root));
	}

	private void publisher(ObjectNode node, ArticleView view) {
		node.put("@type", "Organization");
		if (view.organisations().isEmpty()) {
			node.put("name", this.properties.getSiteName()).put("url", this.properties.getBaseUrl());
			return;
		}
		Organisation first = view.organisations().get(0);
		node.put("name", first.name());
		node.put("url", first.website() != null && !first.website().isBlank() ? first.website()
				: this.urls.absolute("/organisaties/" + first.slug()));
	}

	static String iso(LocalDateTime wallClock) {
		return wallClock.atZone(Zones.AMSTERDAM).format(ISO);
	}

	private static void putIfPresent(ObjectNode node, String name, String value) {
		if (value != null && !value.isBlank()) {
			node.put(name, value);
		}
	}

	static String scriptSafe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
