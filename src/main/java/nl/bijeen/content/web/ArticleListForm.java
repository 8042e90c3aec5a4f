package nl.bijeen.content.web;

import java.util.StringJoiner;

import nl.bijeen.content.ArticleKind;

import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.util.UriUtils;

/**
 * The filters of {@code /artikelen}, bound from the query string ({@code ?soort=verslag&thema=empowerment}).
 * Read as text, so odd values never cause an error: an unknown kind is ignored, unknown slugs match nothing.
 */
public record ArticleListForm(@BindParam("soort") String kind, @BindParam("thema") String theme,
		@BindParam("organisatie") String organisation, @BindParam("page") String page) {

	public ArticleKind articleKind() {
		return ArticleKind.parse(this.kind);
	}

	public String themeSlug() {
		return blankToNull(this.theme);
	}

	public String organisationSlug() {
		return blankToNull(this.organisation);
	}

	/** The requested page, 1 when absent or not a positive number. */
	public int pageNumber() {
		try {
			return this.page == null ? 1 : Math.max(1, Math.min(Integer.parseInt(this.page.strip()), 100_000));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	/** The query string of another page of the same selection; empty without filters on page 1. */
	public String query(int pageNumber) {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		ArticleKind kind = articleKind();
		if (kind != null) {
			query.add("soort=" + kind.urlName());
		}
		add(query, "thema", themeSlug());
		add(query, "organisatie", organisationSlug());
		if (pageNumber > 1) {
			query.add("page=" + pageNumber);
		}
		return query.toString();
	}

	private static void add(StringJoiner query, String name, String value) {
		if (value != null) {
			query.add(name + "=" + UriUtils.encodeQueryParam(value, java.nio.charset.StandardCharsets.UTF_8));
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
