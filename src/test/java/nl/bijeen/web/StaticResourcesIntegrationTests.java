package nl.bijeen.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Pages link static files under their content hash, and those paths serve the files with a long, immutable
 * Cache-Control: the style sheets and htmx (from its WebJar). The plain paths still serve the files, to be
 * revalidated every time.
 */
@SpringBootTest(properties = "bijeen.demo.enabled=false")
@AutoConfigureMockMvc
class StaticResourcesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pagesLinkFingerprintedStaticFilesThatAreServedAsImmutable() throws Exception {
		String page = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		String css = find("href=\"(/css/bijeen-[0-9a-f]{32}\\.css)\"", page);
		String htmx = find("src=\"(/webjars/htmx\\.org/[^\"]*/dist/htmx\\.min-[0-9a-f]{32}\\.js)\"", page);
		for (String path : new String[] { css, htmx, find("src=\"(/js/bijeen-[0-9a-f]{32}\\.js)\"", page) }) {
			MockHttpServletResponse file = this.mvc.perform(get(path)).andReturn().getResponse();
			assertThat(file.getStatus()).as(path).isEqualTo(200);
			assertThat(file.getHeader("Cache-Control")).as(path).isEqualTo("public, max-age=31536000, immutable");
			assertThat(file.getHeader("Pragma")).isNull();
		}
		MockHttpServletResponse plain = this.mvc.perform(get("/css/bijeen.css")).andReturn().getResponse();
		assertThat(plain.getStatus()).isEqualTo(200);
		assertThat(plain.getContentType()).startsWith("text/css");
		assertThat(plain.getHeader("Cache-Control")).isEqualTo("no-cache");
		assertThat(this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		// A fingerprint that does not match the content is no file.
		assertThat(this.mvc.perform(get("/css/bijeen-0123456789abcdef0123456789abcdef.css")).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
	}

	private static String find(String regex, String page) {
		Matcher m = Pattern.compile(regex).matcher(page);
		assertThat(m.find()).as(regex).isTrue();
		return m.group(1);
	}

}
