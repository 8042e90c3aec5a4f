package nl.bijeen.common;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisers' Markdown becomes safe HTML: CommonMark elements stay, raw HTML and unsafe links do not, images
 * only from this site or an allowed host.
 */
class MarkdownTests {

	private final RichText richText = richText(List.of("beeldbank.example.org"));

	static RichText richText(List<String> hosts) {
		ContentProperties properties = new ContentProperties();
		properties.setAllowedImageHosts(hosts);
		return new RichText(properties);
	}

	@Test
	void keepsHeadingsQuotesListsLinksAndImages() {
		String html = this.richText.markdown("""
				## Kopje

				> Een citaat

				- een
				- twee

				Lees [meer](https://example.org/meer) en ![Zaal](/img/zaal.jpg) en ![Beeld](https://beeldbank.example.org/a.jpg).
				""");
		assertThat(html).contains("<h2>Kopje</h2>", "<blockquote>", "<li>een</li>",
				"<a href=\"https://example.org/meer\"", "<img src=\"/img/zaal.jpg\" alt=\"Zaal\"",
				"src=\"https://beeldbank.example.org/a.jpg\"");
	}

	@Test
	void dropsRawHtmlScriptLinksAndForeignImages() {
		String html = this.richText.markdown("<script>alert(1)</script>\n\n[x](javascript:alert(1)) "
				+ "![pixel](https://tracker.example.com/p.gif) <img src=x onerror=alert(1)>");
		assertThat(html).doesNotContain("<script", "javascript:", "tracker.example.com", "onerror=", "<img src=\"x\"");
	}

	@Test
	void plainTextStaysPlainText() {
		assertThat(this.richText.markdown("Een gewone beschrijving.")).isEqualTo("<p>Een gewone beschrijving.</p>\n");
		assertThat(this.richText.markdown(" ")).isNull();
		assertThat(this.richText.markdown(null)).isNull();
	}

}
