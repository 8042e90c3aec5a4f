package nl.bijeen.common;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rich text loads no third-party resources unless the organiser allows the host.
 */
class RichTextTests {

	private static RichText allowing(String... hosts) {
		ContentProperties properties = new ContentProperties();
		properties.setAllowedImageHosts(List.of(hosts));
		return new RichText(properties);
	}

	@Test
	void imagesFromOtherHostsAreLeftOutByDefault() {
		String html = allowing().safe("<p>Tekst<img src=\"https://tracker.example.com/pixel.gif\" width=\"1\"></p>"
				+ "<img src=\"//tracker.example.com/p.gif\"><img src=\"/images/zaal.jpg\" alt=\"De zaal\">"
				+ "<img src=\"data:image/png;base64,AAAA\"><img src=\"javascript:alert(1)\">");
		assertThat(html).doesNotContain("tracker.example.com")
			.doesNotContain("data:")
			.doesNotContain("javascript")
			.contains("src=\"/images/zaal.jpg\"")
			.contains("<p>Tekst");
	}

	@Test
	void imagesFromAllowedHostsAreShown() {
		RichText text = allowing("beeldbank.example.org", "*.gemeente.example.nl");
		assertThat(text.safe("<img src=\"https://beeldbank.example.org/a.jpg\" alt=\"a\">"))
			.contains("src=\"https://beeldbank.example.org/a.jpg\"");
		assertThat(text.safe("<img src=\"https://cdn.gemeente.example.nl/b.jpg\" alt=\"b\">"))
			.contains("src=\"https://cdn.gemeente.example.nl/b.jpg\"");
		assertThat(text.safe("<img src=\"https://beeldbank.example.org.evil.com/a.jpg\" alt=\"a\">"))
			.doesNotContain("evil.com");
		assertThat(text.safe("<img src=\"https://gemeente.example.nl.evil.com/b.jpg\">")).doesNotContain("evil");
	}

	@Test
	void linksStayAndScriptsAndStylesGo() {
		String html = allowing().safe("<p style=\"background:url(https://t.example.com/x)\">"
				+ "<a href=\"https://example.org\">link</a><script>alert(1)</script></p>"
				+ "<table background=\"https://t.example.com/y\"><tr><td>cel</td></tr></table>");
		assertThat(html).contains("href=\"https://example.org\"")
			.doesNotContain("script")
			.doesNotContain("t.example.com");
	}

	@Test
	void textRulesTellSingleLinesMultipleLinesAndWebAddresses() {
		assertThat(TextRules.isSingleLine("Anna de Vries")).isTrue();
		assertThat(TextRules.isSingleLine("Anna\r\nBcc: x@example.org")).isFalse();
		assertThat(TextRules.isSingleLine("a\u0000b")).isFalse();
		assertThat(TextRules.isSingleLine("a\tb")).isFalse();
		assertThat(TextRules.isSingleLine("a\u0085b")).isFalse();
		assertThat(TextRules.isSingleLine("a\u2028b")).isFalse();
		assertThat(TextRules.isMultiLine("regel 1\r\nregel 2\tmet tab")).isTrue();
		assertThat(TextRules.isMultiLine("a\u0000b")).isFalse();
		assertThat(TextRules.isHttpUrl("https://example.org/a.jpg")).isTrue();
		assertThat(TextRules.isHttpUrl("http://example.org")).isTrue();
		assertThat(TextRules.isHttpUrl("")).isTrue();
		assertThat(TextRules.isHttpUrl("javascript:alert(1)")).isFalse();
		assertThat(TextRules.isHttpUrl("data:image/png;base64,AA")).isFalse();
		assertThat(TextRules.isHttpUrl("ftp://example.org/a")).isFalse();
		assertThat(TextRules.isHttpUrl("//example.org/a.jpg")).isFalse();
		assertThat(TextRules.isHttpUrl("https:///a")).isFalse();
		assertThat(TextRules.isHttpUrl("https://example.org/a b")).isFalse();
	}

}
