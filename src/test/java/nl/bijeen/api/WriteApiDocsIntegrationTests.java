package nl.bijeen.api;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The write API is described in the OpenAPI document, next to the read API, with the read format and the
 * places left.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WriteApiDocsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void describesTheWriteEndpoints() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/api/events/{id}/postpone"),
					containsString("/api/events/{id}/duplicate"), containsString("/api/organisations/{id}"),
					containsString("/api/venues"), containsString("Events (write)"), containsString("EventWrite"),
					containsString("IdRef"), containsString("placesLeft"), containsString("bearerToken"))));
	}

}
