package nl.bijeen.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.bijeen.events.Event;
import nl.bijeen.events.EventSeeds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * One error strategy for HTML forms: every organiser's form answers a wrong submission with the shared error
 * summary, and every line of it names its field ("Titel: …") and links to it; in Dutch and English. Rolled back,
 * so that the other tests sharing this context find no event.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "ADMIN")
@Transactional
class FormErrorSummaryIntegrationTests {

	private static final Pattern SUMMARY = Pattern.compile("<div class=\"alert alert--error error-summary\"[^>]*id=\"error-summary\"[^>]*>(.*?)</div>",
			Pattern.DOTALL);

	private static final Pattern ITEM = Pattern.compile("<a href=\"#([^\"]+)\">([^<]*)</a>");

	@Autowired
	MockMvc mvc;

	@Autowired
	EventSeeds eventSeeds;

	@Test
	void everyFormsErrorSummaryNamesItsFields() throws Exception {
		Event event = Event.draft("samenvatting-" + System.nanoTime(), "Samenvatting", LocalDateTime.now().plusDays(20),
				LocalDateTime.now().plusDays(20).plusHours(2));
		long id = this.eventSeeds.save(event).getId();
		List<MockHttpServletRequestBuilder> forms = List.of(post("/admin/events").param("title", ""),
				post("/admin/themes").param("name", ""), post("/admin/audiences").param("name", ""),
				post("/admin/venues").param("name", ""), post("/admin/people").param("name", ""),
				post("/admin/organisations").param("name", "").param("website", "geen adres"),
				post("/admin/pages/privacy").param("titleNl", "").param("bodyNl", "").param("version", "0"),
				post("/admin/events/" + id + "/programme/parts").param("kind", "KEYNOTE").param("title", ""),
				post("/admin/events/" + id + "/registration-settings").param("reminderDays", "999")
					.param("onlineLinkMinutesBefore", "-5"),
				post("/admin/events/" + id + "/registration-settings/questions").param("text", "").param("kind", ""));
		for (String language : List.of("nl", "en")) {
			for (MockHttpServletRequestBuilder form : forms) {
				String html = this.mvc.perform(form.with(csrf()).param("lang", language))
					.andReturn()
					.getResponse()
					.getContentAsString();
				List<String> unnamed = new ArrayList<>();
				Matcher summary = SUMMARY.matcher(html);
				assertThat(summary.find()).as("error summary on %s", form).isTrue();
				Matcher items = ITEM.matcher(summary.group(1));
				int count = 0;
				while (items.find()) {
					count++;
					String field = items.group(1);
					String text = items.group(2);
					if (!text.matches("[^:]{2,}: .+")) {
						unnamed.add(field + " -> " + text);
					}
					assertThat(html).as("the field %s the summary links to", field).contains("id=\"" + field + "\"");
				}
				assertThat(count).as("problems listed on %s", form).isPositive();
				assertThat(unnamed).as("summary lines that do not name their field (%s)", language).isEmpty();
			}
		}
	}

}
