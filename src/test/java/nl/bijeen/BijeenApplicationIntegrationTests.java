package nl.bijeen;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class BijeenApplicationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void startsAndServesTheLoginPage() throws Exception {
		this.mvc.perform(get("/login")).andExpect(status().isOk());
	}

	@Test
	void adminNeedsLogin() throws Exception {
		this.mvc.perform(get("/admin").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
	}

}
