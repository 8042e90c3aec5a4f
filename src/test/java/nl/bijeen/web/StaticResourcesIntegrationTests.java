package nl.bijeen.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages link static files by their plain paths, and those paths serve the files: the style sheets and
 * htmx through its version-less WebJar path.
 */
@SpringBootTest(properties = "bijeen.demo.enabled=false")
@AutoConfigureMockMvc
class StaticResourcesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pagesLinkStaticFilesThatAreServed() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("src=\"/webjars/htmx.org/dist/htmx.min.js\"")))
			.andExpect(content().string(containsString("href=\"/css/bijeen.css\"")));
		this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/javascript"));
		this.mvc.perform(get("/css/bijeen.css"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/css"));
	}

}
